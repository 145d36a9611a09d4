// End-to-end scenarios (scenarios.mjs) in WebKit: WebKitGTK's MiniBrowser over WebDriver.
import { launch } from "./webkit.mjs";
import { engineScenarios } from "./scenarios.mjs";

engineScenarios(launch);
