export { ImportPage } from './Import.page';
export { ImportRecoveryNotice } from './ImportRecoveryNotice';
