import { defineConfig, devices } from '@playwright/test';

/** Chromium from the system (never downloaded by Playwright); override with TANDEM_CHROMIUM. */
const executablePath =
	process.env.TANDEM_CHROMIUM ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ci = Boolean(process.env.CI);
/** Port of the preview server; set TANDEM_PORT to run two suites side by side. */
const port = Number(process.env.TANDEM_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '*.e2e.ts',
	outputDir: 'test-results',
	fullyParallel: false,
	forbidOnly: ci,
	retries: ci ? 1 : 0,
	workers: ci ? 1 : 2,
	timeout: 120_000,
	expect: { timeout: 15_000 },
	reporter: ci ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		actionTimeout: 30_000,
		navigationTimeout: 20_000
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath,
					args: [
						'--autoplay-policy=no-user-gesture-required',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run',
						'--disable-quic'
					]
				}
			}
		}
	],
	webServer: {
		// Always a fresh build: a stale preview serves chunks that no longer exist.
		command: `npm run build && npx vite preview --port ${port} --strictPort`,
		url: `http://localhost:${port}`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
