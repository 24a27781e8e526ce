/** The photo studio's public face: what other features may use (ARCHITECTURE §14). */
export { MediaThumb } from './MediaThumb';
export { LibraryPickerModal } from './LibraryPickerModal';
