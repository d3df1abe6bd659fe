// The entry of /restore.js (vite.config.ts: restoreScript), run as index.html loads it.
import { restoreBeforeFirstPaint } from './restore';

restoreBeforeFirstPaint();
