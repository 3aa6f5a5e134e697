/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API the dev server forwards /api to: the Quarkus server (`make run`) by default.
const apiTarget = process.env.API_TARGET ?? 'http://localhost:8080';

// The server's Content-Security-Policy (application.properties), so that `vite preview` of the built
// SPA refuses what production refuses (inline scripts, other origins)
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
  "frame-ancestors 'none'";

export default defineConfig({
  plugins: [
    react(),
    {
      name: 'content-security-policy',
      configurePreviewServer(server) {
        server.middlewares.use((_request, response, next) => {
          response.setHeader('Content-Security-Policy', contentSecurityPolicy);
          next();
        });
      },
    },
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    // Quarkus serves the SPA from its classpath
    outDir: '../backend/src/main/resources/META-INF/resources',
    emptyOutDir: true,
    // No inline scripts: the server's Content-Security-Policy is script-src 'self'
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    // two cores running several files at once: a screen typed into key by key needs more than the default 5 s
    testTimeout: 20_000,
  },
});
