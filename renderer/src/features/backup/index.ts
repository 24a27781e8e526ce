/** The backup feature's public face: what the app shell, Settings, the first-run screen and other features use. */
export { BootGate } from './BootGate';
export { BackupsCard } from './BackupsCard';
export { RestoreOffer } from './RestoreOffer';
export { isQuotaError, reportWriteError, onDiskFull } from './diskFull';
