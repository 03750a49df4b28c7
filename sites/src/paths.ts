import path from 'node:path';

/** The sites/ folder, from src/ (tests) and from dist/ (running) alike. */
export const SITES_DIR = path.resolve(__dirname, '..');
export const ASSETS_DIR = path.join(SITES_DIR, 'assets');
