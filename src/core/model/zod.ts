// The one place shipped code imports zod from. `zod/mini` keeps the bundle small (see
// TOOLCHAIN.md), and `jitless` stops zod probing for `eval` with `Function("")`, which a page
// with a strict Content-Security-Policy or Trusted Types would record as a violation.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
