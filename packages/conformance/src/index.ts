export { Browser, type BrowserOptions, type Hop, type Navigation } from './browser.js';
export type { ConformanceApp, Emulator } from './context.js';
export { SuiteContext, seeded, sleep } from './context.js';
export {
  CookieJar,
  looksJoined,
  parseSetCookieLine,
  type SetCookie,
  setCookieLines,
} from './cookie-jar.js';
export { type ConformanceOptions, runAdapterConformance } from './suite.js';
