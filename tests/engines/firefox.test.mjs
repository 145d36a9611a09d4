// End-to-end scenarios (scenarios.mjs) in Firefox: Debian's firefox-esr over WebDriver BiDi.
import { launch } from "./firefox.mjs";
import { engineScenarios } from "./scenarios.mjs";

engineScenarios(launch);
