import { reserveDemoCache } from './demoStore';

/** Reserves this run's demo-store folder and port; the returned function removes the folder at the end. */
export default async function globalSetup() {
  return reserveDemoCache();
}
