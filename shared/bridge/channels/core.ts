import { z } from 'zod';

/** App, paths, links and file dialogs: what every shell offers. */
const appInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** Which shell serves the renderer: the desktop window, or the loopback browser host. */
  shell: z.enum(['electron', 'browser']),
  platform: z.string(),
  electronVersion: z.string().optional(),
  nodeVersion: z.string(),
});

const dataPaths = z.object({
  dataDir: z.string(),
  mediaDir: z.string(),
  exportsDir: z.string(),
  backupsDir: z.string(),
});

const fileFilter = z.object({ name: z.string(), extensions: z.array(z.string().regex(/^[a-z0-9*]+$/i)) });

/** Files cross the bridge as base64: binary-safe over both IPC and JSON. */
const fileContent = z.object({ name: z.string(), bytesBase64: z.string() });

export const coreChannels = {
  'app:info': { args: z.object({}), result: appInfo },
  'paths:get': { args: z.object({}), result: dataPaths },
  'paths:reveal': {
    args: z.object({ which: z.enum(['dataDir', 'mediaDir', 'exportsDir', 'backupsDir']) }),
    result: z.object({ path: z.string(), opened: z.boolean() }),
  },
  'shell:openExternal': {
    args: z.object({ url: z.string().max(2048) }),
    /** The browser host cannot open a window for the user; it answers opened:false and the page opens the link. */
    result: z.object({ opened: z.boolean(), url: z.string() }),
  },
  'dialog:openFiles': {
    args: z.object({
      title: z.string().optional(),
      filters: z.array(fileFilter).default([]),
      multiple: z.boolean().default(false),
    }),
    result: z.object({ files: z.array(fileContent) }),
  },
  'dialog:saveFile': {
    args: z.object({
      suggestedName: z.string().min(1).max(255),
      bytesBase64: z.string(),
      filters: z.array(fileFilter).default([]),
    }),
    result: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
} as const;
