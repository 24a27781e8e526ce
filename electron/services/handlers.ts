import type { HandlerMap } from '@shared/bridge/dispatch';
import { backupHandlers } from './backup/handlers';
import { coreHandlers } from './core/handlers';
import { exportHandlers } from './export/handlers';
import { MediaLibrary } from './media/mediaLibrary';
import { mediaHandlers } from './media/handlers';
import { photoHandlers, type PhotoServiceOptions } from './photos/handlers';
import type { ServiceDeps } from './types';

export interface ServiceOptions {
  photos?: PhotoServiceOptions;
}

/**
 * The composition root: the one handler map both shells register. Each domain's handlers are written once in
 * their own module and only spread here; photos, media and export share one media library on disk.
 */
export function createHandlers<Ctx>(deps: ServiceDeps, options: ServiceOptions = {}): HandlerMap<Ctx> {
  const library = new MediaLibrary(deps.paths.mediaDir);
  return {
    ...coreHandlers<Ctx>(deps),
    ...photoHandlers<Ctx>(deps, library, options.photos),
    ...mediaHandlers<Ctx>(library),
    ...exportHandlers<Ctx>(deps, library),
    ...backupHandlers<Ctx>(deps),
  };
}
