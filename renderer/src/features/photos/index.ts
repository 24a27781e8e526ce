/** The photo studio's public face: what other features may use. Everything else in photos/ is internal. */
export { ExportPackageButton } from './ExportPackageButton';
export { MainImagesCard } from './MainImagesCard';
export { MediaThumb } from './MediaThumb';
export { LibraryPickerModal } from './LibraryPickerModal';
export { SingleImageField } from './SingleImageField';
