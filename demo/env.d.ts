// The script tag's URL: served from src/index.ts by `npm run demo`, from dist/waymark.js when built.
declare module '/waymark.js';
