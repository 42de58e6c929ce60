import { fileURLToPath } from 'node:url';

/** Absolute paths the browser tests need, independent of the directory vitest was started from. */
export const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
export const webDir = fileURLToPath(new URL('../../../', import.meta.url));
export const webDistDir = fileURLToPath(new URL('../../../dist/', import.meta.url));
export const serverDir = fileURLToPath(new URL('../../../../server/', import.meta.url));
export const serverMain = fileURLToPath(new URL('../../../../server/dist/main.js', import.meta.url));
export const sharedSrcDir = fileURLToPath(new URL('../../../../shared/src/', import.meta.url));
/** Screenshots land here (gitignored), one PNG per name. */
export const screenshotDir = fileURLToPath(new URL('../../../test-results/', import.meta.url));
