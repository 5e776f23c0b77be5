import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  API_FILE_CAP,
  ApiError,
  GitHubClient
} from "./chunk-VOTRZVSG.js";
import "./chunk-EUDNGKAI.js";
export {
  API_FILE_CAP,
  ApiError,
  GitHubClient
};
