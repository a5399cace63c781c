// End-to-end test of the packaged extension in code-server (VS Code in a
// browser), driven by headless Chromium through playwright-core:
//   install tactful.vsix -> open test/workspace/decline.md from the
//   Explorer -> tactful's diagnostics in the Problems pane -> Ctrl+. on
//   "hey" -> apply "Replace “hey” with “Hi”" -> the text changes and that
//   diagnostic goes.
//
// Needs (editors/install-deps.sh installs them): Node 24 first on PATH,
// code-server, playwright-core, /usr/bin/chromium. Environment:
//   TACTFUL_EDITOR_DEPS  where install-deps.sh put things (default
//                        /opt/tactful-editor-deps)
//   VSIX                 the extension package (default ../tactful.vsix)
//   SCREENSHOT           where to save the README screenshot (optional)
// Exits non-zero on failure, leaving screenshots and logs in the run dir.

import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const deps = process.env.TACTFUL_EDITOR_DEPS || "/opt/tactful-editor-deps";
const codeServer = path.join(deps, "code-server/node_modules/.bin/code-server");
const require = createRequire(path.join(deps, "code-server/package.json"));
const { chromium } = require("playwright-core");
const vsix = path.resolve(process.env.VSIX || path.join(here, "..", "tactful.vsix"));
const screenshot = process.env.SCREENSHOT;

const started = Date.now();
const log = (m) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${m}`);

const run = fs.mkdtempSync(path.join(os.tmpdir(), "tactful-vscode-e2e-"));
const workspace = path.join(run, "workspace");
fs.mkdirSync(workspace);
fs.copyFileSync(path.join(here, "workspace", "decline.md"), path.join(workspace, "decline.md"));
const env = {
  ...process.env,
  XDG_CONFIG_HOME: path.join(run, "config"),
  XDG_DATA_HOME: path.join(run, "data"),
  XDG_CACHE_HOME: path.join(run, "cache"),
};
const userDataDir = path.join(run, "code-user-data");
const extensionsDir = path.join(run, "code-extensions");
const dirs = ["--user-data-dir", userDataDir, "--extensions-dir", extensionsDir];
fs.mkdirSync(path.join(userDataDir, "User"), { recursive: true });
fs.writeFileSync(
  path.join(userDataDir, "User", "settings.json"),
  JSON.stringify(
    {
      "workbench.startupEditor": "none",
      "workbench.tips.enabled": false,
      "workbench.enableExperiments": false,
      "security.workspace.trust.enabled": false,
      "extensions.autoUpdate": false,
      "extensions.autoCheckUpdates": false,
      "extensions.ignoreRecommendations": true,
      "telemetry.telemetryLevel": "off",
      "update.mode": "none",
      "editor.minimap.enabled": false,
      "chat.disableAIFeatures": true,
      "workbench.secondarySideBar.defaultVisibility": "hidden",
      // Reaches the server: the hint missing-door-open becomes a warning.
      "tactful.rules": { "missing-door-open": "warning" },
      // The protocol trace goes to the output channel, printed on failure.
      "tactful.trace.server": "messages",
    },
    null,
    2,
  ),
);

const failures = [];
let server;
let browser;
let page;

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function waitForHttp(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer at ${url} within ${ms} ms`);
}

async function shot(name) {
  if (!page) return;
  const file = path.join(run, `${name}.png`);
  await page.screenshot({ path: file }).catch(() => {});
  log(`screenshot ${file}`);
}

/** Runs `keys` until `target` shows, at most three times. The workbench
 * sometimes drops a key press while it is still settling (seen in CI on a
 * loaded machine, and about one run in five here); a retry is logged, and
 * the third miss fails the test. */
async function pressUntil(what, target, keys) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press("Escape");
    await keys();
    try {
      await target.waitFor({ timeout: 10_000 });
      if (attempt > 1) log(`${what} shown on attempt ${attempt}`);
      return;
    } catch (e) {
      log(`attempt ${attempt}: no ${what} yet`);
      await shot(`missing-${what.replace(/\W+/g, "-")}-${attempt}`);
      if (attempt === 3) throw e;
    }
  }
}

/** Prints the tactful output channel (server log and protocol trace), so
 * that a failure in CI can be read without the run directory. */
function dumpServerLog(last = 200) {
  const found = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/-tactful\.log$/.test(e.name)) found.push(p);
    }
  };
  try {
    walk(path.join(userDataDir, "logs"));
  } catch {}
  for (const f of found) {
    const lines = fs.readFileSync(f, "utf8").split("\n");
    console.error(`--- ${f} (last ${last} of ${lines.length} lines)`);
    for (const l of lines.slice(-last)) console.error(l.length > 400 ? `${l.slice(0, 400)}…` : l);
  }
}

/** Texts of the rows in the Problems pane. */
async function problems() {
  return page.locator(".markers-panel .monaco-list-row").allInnerTexts();
}

async function main() {
  if (!fs.existsSync(vsix)) throw new Error(`no extension package at ${vsix}`);
  log(`run dir ${run}`);
  const out = execFileSync(codeServer, [...dirs, "--install-extension", vsix], {
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  log(`install: ${out.trim().split("\n").pop()}`);

  const port = await freePort();
  const serverLog = fs.openSync(path.join(run, "code-server.log"), "w");
  server = spawn(
    codeServer,
    [
      ...dirs,
      "--bind-addr",
      `127.0.0.1:${port}`,
      "--auth",
      "none",
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--disable-getting-started-override",
      workspace,
    ],
    { env, stdio: ["ignore", serverLog, serverLog], detached: true },
  );
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000);
  log(`code-server up on port ${port}`);

  // A fresh profile each run (launchPersistentContext passes --user-data-dir).
  browser = await chromium.launchPersistentContext(path.join(run, "chromium-profile"), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1400, height: 860 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on("pageerror", (e) => log(`page error: ${e.message}`));
  await page.goto(url);
  await page.locator(".monaco-workbench").waitFor({ timeout: 90_000 });
  log("workbench loaded");

  // Open the draft from the Explorer (Quick Open races the file index).
  const row = page.locator('.explorer-folders-view .monaco-list-row[aria-label^="decline.md"]');
  await row.waitFor({ timeout: 60_000 });
  await row.click();
  await page.locator('.tabs-container .tab[aria-label^="decline.md"]').waitFor({ timeout: 30_000 });
  const editor = page.locator(".editor-instance .monaco-editor").first();
  await editor.locator(".view-line").first().waitFor({ timeout: 30_000 });
  log("draft open");

  // The Problems pane.
  await editor.click({ position: { x: 200, y: 5 } });
  await page.keyboard.press("Control+Shift+M");
  await page.locator(".markers-panel").waitFor({ timeout: 30_000 });
  const heyMessage = "“hey” is casual";
  let rows = [];
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    rows = await problems();
    if (rows.some((r) => r.includes(heyMessage))) break;
    await page.waitForTimeout(500);
  }
  log(`Problems pane: ${rows.length} rows`);
  for (const r of rows) log(`  ${r.replace(/\s+/g, " ")}`);
  if (!rows.some((r) => r.includes(heyMessage))) throw new Error("tactful's casual-tone diagnostic never appeared");
  if (!rows.some((r) => r.includes("tactful"))) failures.push("no Problems row names tactful as its source");
  if (!rows.some((r) => /negativity/.test(r))) failures.push("the negativity diagnostic is missing");
  if (!rows.some((r) => r.includes("Nothing keeps the door open")))
    failures.push("tactful.rules did not reach the server (missing-door-open is not shown as a warning)");
  const heyRows = rows.filter((r) => r.includes(heyMessage)).length;
  if (heyRows !== 1) failures.push(`the "hey" diagnostic is listed ${heyRows} times (pushed and pulled both?)`);

  // Cursor on "hey" (line 3, column 1), then Ctrl+. for the Quick Fix menu.
  const fix = page.locator(".action-widget .monaco-list-row", { hasText: "Replace “hey” with “Hi”" });
  await pressUntil("quick fix for \"hey\"", fix, async () => {
    await editor.locator(".view-line", { hasText: "hey," }).first().click({ position: { x: 2, y: 5 } });
    await page.keyboard.press("Home");
    await page.keyboard.press("Control+.");
  });
  log(`quick fix menu: ${(await page.locator(".action-widget .monaco-list-row").allInnerTexts()).map((t) => t.replace(/\s+/g, " ")).join(" | ")}`);
  if (screenshot) {
    await page.screenshot({ path: screenshot });
    log(`README screenshot saved to ${screenshot}`);
  }
  await shot("quick-fix-menu");
  await fix.click();

  // The text changed and the diagnostic went.
  await editor.locator(".view-line", { hasText: "Hi," }).first().waitFor({ timeout: 15_000 });
  const lines = await editor.locator(".view-lines").innerText();
  if (/\bhey\b/.test(lines)) failures.push("the editor still shows \"hey\"");
  const gone = Date.now() + 30_000;
  while (Date.now() < gone) {
    rows = await problems();
    if (!rows.some((r) => r.includes(heyMessage))) break;
    await page.waitForTimeout(500);
  }
  if (rows.some((r) => r.includes(heyMessage))) failures.push("the casual-tone diagnostic on \"hey\" did not go");
  if (!rows.some((r) => /negativity/.test(r))) failures.push("other diagnostics vanished after the fix");
  log(`after the fix: ${rows.length} Problems rows, line 3 reads "Hi,"`);
  await shot("after-fix");

  // tactful: New decline message… (scenario and medium from quick picks).
  const input = page.locator(".quick-input-widget input");
  await pressUntil("command palette", input, () => page.keyboard.press("F1"));
  await input.fill(">tactful: New decline message");
  await page.locator(".quick-input-list .monaco-list-row", { hasText: "New decline message" }).first().waitFor();
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-list .monaco-list-row", { hasText: "I accepted another offer" }).waitFor({ timeout: 10_000 });
  await input.fill("another offer");
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-list .monaco-list-row", { hasText: "Text message" }).waitFor({ timeout: 10_000 });
  await input.fill("Email");
  await page.keyboard.press("Enter");
  // An untitled editor is titled by its first line.
  const untitled = page.locator('.tabs-container .tab.active:not([aria-label^="decline.md"])');
  await untitled.waitFor({ timeout: 15_000 });
  const draft = await page.locator(".editor-instance .monaco-editor .view-lines").first().innerText();
  log(`new draft: ${draft.replace(/\s+/g, " ").slice(0, 160)}…`);
  if (!/Subject:/.test(draft) || !/offer/i.test(draft)) failures.push("the new email draft has no Subject: line or does not mention the offer");
  await shot("new-message");

  // A tactful.path that does not exist: the server restarts and a clear
  // error says what was tried. tactful.path is a machine setting, which
  // code-server (a remote window) reads from its Machine settings.
  const machineSettings = path.join(userDataDir, "Machine", "settings.json");
  fs.mkdirSync(path.dirname(machineSettings), { recursive: true });
  fs.writeFileSync(machineSettings, JSON.stringify({ "tactful.path": "/nonexistent/tactful" }, null, 2));
  const toast = page.locator(".notifications-toasts .notification-toast", { hasText: "cannot find the tactful binary" });
  await toast.waitFor({ timeout: 30_000 });
  log(`error shown: ${(await toast.innerText()).replace(/\s+/g, " ").slice(0, 200)}`);
  if (!(await toast.innerText()).includes("/nonexistent/tactful")) failures.push("the error does not name the path tried");
  await shot("binary-missing");
  const cleared = Date.now() + 15_000;
  while (Date.now() < cleared && (await problems()).some((r) => /negativity/.test(r))) await page.waitForTimeout(500);
  if ((await problems()).some((r) => /negativity/.test(r))) failures.push("the stopped server's diagnostics stayed");
  fs.writeFileSync(machineSettings, "{}\n");

  // Back to the bundled binary, then tactful: Restart server.
  await page.waitForTimeout(2000);
  await pressUntil("command palette", input, () => page.keyboard.press("F1"));
  await input.fill(">tactful: Restart server");
  await page.locator(".quick-input-list .monaco-list-row", { hasText: "Restart server" }).first().waitFor();
  await page.keyboard.press("Enter");
  await page.locator(".statusbar", { hasText: "tactful: server restarted" }).waitFor({ timeout: 30_000 });
  log("restart command: server restarted");
  const back = Date.now() + 30_000;
  let after = [];
  while (Date.now() < back) {
    after = await problems();
    if (after.some((r) => /negativity/.test(r))) break;
    await page.waitForTimeout(500);
  }
  if (!after.some((r) => /negativity/.test(r))) failures.push("no diagnostics after the restart");
  else log(`after the restart: ${after.length} Problems rows`);
}

let code = 0;
try {
  await main();
} catch (e) {
  failures.push(String(e && e.stack ? e.stack : e));
  await shot("failure");
  dumpServerLog();
}
if (browser) await browser.close().catch(() => {});
if (server) {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {}
}
if (failures.length) {
  for (const f of failures) console.error(`FAIL: ${f}`);
  console.error(`vscode e2e: FAILED (logs and screenshots in ${run})`);
  code = 1;
} else {
  log("vscode e2e: passed");
  if (!process.env.KEEP_RUN_DIR) fs.rmSync(run, { recursive: true, force: true });
}
process.exit(code);
