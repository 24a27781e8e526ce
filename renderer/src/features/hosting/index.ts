/** The hosting feature's public face: what other features may use. Everything else in hosting/ is internal. */
export { SwitchModeButton } from './SwitchModeButton';
