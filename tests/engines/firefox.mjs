// Firefox driver for the engine scenarios: Debian's firefox-esr, headless, driven by
// puppeteer-core over WebDriver BiDi (no browser download, no geckodriver). Each tab gets its own
// browser context, so nothing one scenario stores is seen by the next.
import puppeteer from "puppeteer-core";

export const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";

export async function launch() {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    protocol: "webDriverBiDi",
    // Nothing in the background may reach for the network: the tests run offline.
    extraPrefsFirefox: {
      "app.update.enabled": false,
      "browser.safebrowsing.downloads.remote.enabled": false,
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "toolkit.telemetry.enabled": false,
    },
  });
  return {
    name: "Firefox",
    version: await browser.version(),
    async open(url, { width = 1024, height = 900 } = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      await page.goto(url);
      return {
        run: (fn, ...args) => page.evaluate(fn, ...args),
        async click(fn, ...args) {
          const handle = await page.evaluateHandle(fn, ...args);
          const element = handle.asElement();
          if (!element) throw new Error(`nothing to click: ${fn.name}(${args.join(", ")})`);
          await element.click();
          await handle.dispose();
        },
        // The scenarios' key names are puppeteer's, but for Space: over BiDi it is " ".
        press: (key) => page.keyboard.press(key === "Space" ? " " : key),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
