/** electron-vite replaces `import.meta.env.DEV` in the main bundle: true in `npm run dev`, false in a build. */
interface ImportMeta {
  readonly env?: { readonly DEV?: boolean };
}
