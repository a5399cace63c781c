// The tactful extension: starts `tactful lsp` for Markdown and plain-text
// files and adds two commands (restart, new decline message).

import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("tactful");
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand("tactful.restartServer", () => restart(context)),
    vscode.commands.registerCommand("tactful.newDeclineMessage", () => newDeclineMessage(context)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("tactful.path")) {
        void restart(context);
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}

/** Where the binary comes from, in order: `tactful.path`, the bundled
 * `server/tactful`, `tactful` on PATH. */
export function resolveBinary(context: vscode.ExtensionContext): { path?: string; tried: string[] } {
  const tried: string[] = [];
  const configured = vscode.workspace.getConfiguration("tactful").get<string>("path", "").trim();
  if (configured) {
    const p = expandPath(configured);
    tried.push(`tactful.path = ${p}`);
    return isExecutable(p) ? { path: p, tried } : { tried };
  }
  const exe = process.platform === "win32" ? "tactful.exe" : "tactful";
  const bundled = context.asAbsolutePath(path.join("server", exe));
  tried.push(`bundled ${bundled}`);
  makeExecutable(bundled);
  if (isExecutable(bundled)) {
    return { path: bundled, tried };
  }
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter((d) => d);
  tried.push(`${exe} on PATH`);
  for (const dir of dirs) {
    const candidate = path.join(dir, exe);
    if (isExecutable(candidate)) {
      return { path: candidate, tried };
    }
  }
  return { tried };
}

function expandPath(p: string): string {
  let out = p;
  if (out === "~" || out.startsWith("~/")) {
    out = path.join(os.homedir(), out.slice(1));
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (folder) {
    out = out.replace(/\$\{workspaceFolder\}/g, folder);
    if (!path.isAbsolute(out)) {
      out = path.join(folder, out);
    }
  }
  return out;
}

/** An unpacked .vsix may lose the executable bit of the bundled binary. */
function makeExecutable(p: string): void {
  try {
    if (fs.statSync(p).isFile()) {
      fs.accessSync(p, fs.constants.X_OK);
    }
  } catch {
    try {
      fs.chmodSync(p, 0o755);
    } catch {
      // not there, or not ours to change: resolution goes on
    }
  }
}

function isExecutable(p: string): boolean {
  try {
    const st = fs.statSync(p);
    if (!st.isFile()) {
      return false;
    }
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The `tactful` settings as the server reads them: unset values are
 * dropped so that tactful.toml and the built-in defaults still apply. */
function serverSettings(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration("tactful");
  const out: Record<string, unknown> = {};
  const medium = c.get<string | null>("medium");
  if (medium) {
    out.medium = medium;
  }
  const length: Record<string, number> = {};
  for (const [key, server] of [
    ["email", "email"],
    ["text", "text"],
    ["phone", "phone"],
    ["inPerson", "in-person"],
  ]) {
    const v = c.get<number | null>(`length.${key}`);
    if (typeof v === "number") {
      length[server] = v;
    }
  }
  if (Object.keys(length).length) {
    out.length = length;
  }
  const rules = c.get<Record<string, string>>("rules") ?? {};
  if (Object.keys(rules).length) {
    out.rules = rules;
  }
  const profile: Record<string, string> = {};
  for (const key of ["name", "signature"]) {
    const v = c.get<string | null>(`profile.${key}`);
    if (typeof v === "string" && v.trim()) {
      profile[key] = v;
    }
  }
  if (Object.keys(profile).length) {
    out.profile = profile;
  }
  const phrases = c.get<Record<string, string[]>>("phrases") ?? {};
  if (Object.keys(phrases).length) {
    out.phrases = phrases;
  }
  return out;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const found = resolveBinary(context);
  if (!found.path) {
    const message =
      "tactful: cannot find the tactful binary (tried " +
      found.tried.join(", ") +
      "). Install it (`cargo install --path .` in the tactful repository) or set `tactful.path`.";
    output?.appendLine(message);
    const choice = await vscode.window.showErrorMessage(message, "Open Settings");
    if (choice === "Open Settings") {
      await vscode.commands.executeCommand("workbench.action.openSettings", "tactful.path");
    }
    return;
  }
  output?.appendLine(`tactful: starting ${found.path} lsp`);
  const serverOptions: ServerOptions = {
    command: found.path,
    args: ["lsp"],
    options: { env: { ...process.env } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: "markdown" },
      { language: "plaintext" },
    ],
    // VS Code pulls diagnostics and would also show pushed ones: ask the
    // server to answer pulls only.
    initializationOptions: { ...serverSettings(), diagnosticMode: "pull" },
    synchronize: { configurationSection: "tactful" },
    middleware: {
      workspace: {
        // Answer workspace/configuration with the cleaned-up settings.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) {
            return answers;
          }
          return params.items.map((item, i) =>
            item.section === "tactful" ? serverSettings() : answers[i],
          );
        },
      },
    },
    outputChannel: output,
    traceOutputChannel: output,
  };
  client = new LanguageClient("tactful", "tactful", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (e) {
    const message = `tactful: the language server (${found.path}) failed to start: ${String(e)}`;
    output?.appendLine(message);
    void vscode.window.showErrorMessage(message);
  }
}

async function stop(): Promise<void> {
  const c = client;
  client = undefined;
  if (c && c.state !== State.Stopped) {
    try {
      await c.stop();
    } catch (e) {
      output?.appendLine(`tactful: stopping the server failed: ${String(e)}`);
    }
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await stop();
  await start(context);
  if (client) {
    void vscode.window.setStatusBarMessage("tactful: server restarted", 3000);
  }
}

const SCENARIOS: { id: string; label: string }[] = [
  { id: "another-offer", label: "I accepted another offer" },
  { id: "career-goals", label: "The role does not fit my career goals" },
  { id: "personal", label: "Personal circumstances" },
  { id: "relocation", label: "I cannot relocate" },
  { id: "compensation", label: "The pay does not work for me" },
  { id: "culture", label: "Not the right fit" },
  { id: "role-changed", label: "The role changed from what was advertised" },
  { id: "content-current-role", label: "I am staying in my current role" },
  { id: "after-interviews", label: "Withdrawing after interviews" },
  { id: "reschedule", label: "I cannot make this date (reschedule)" },
  { id: "general", label: "No reason given" },
];

const MEDIA: { id: string; label: string }[] = [
  { id: "email", label: "Email" },
  { id: "text", label: "Text message" },
  { id: "phone", label: "Phone call (a script)" },
  { id: "in-person", label: "In person (a script)" },
];

async function newDeclineMessage(context: vscode.ExtensionContext): Promise<void> {
  const scenario = await vscode.window.showQuickPick(
    SCENARIOS.map((s) => ({ label: s.label, description: s.id, id: s.id })),
    { title: "tactful: why are you declining?", placeHolder: "Scenario" },
  );
  if (!scenario) {
    return;
  }
  const medium = await vscode.window.showQuickPick(
    MEDIA.map((m) => ({ label: m.label, description: m.id, id: m.id })),
    { title: "tactful: how will you send it?", placeHolder: "Medium" },
  );
  if (!medium) {
    return;
  }
  const text =
    (await draftFromServer(context, scenario.id, medium.id)) ?? fallbackTemplate(scenario.id, medium.id);
  const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: text });
  await vscode.window.showTextDocument(doc);
}

/** `tactful new --scenario S --medium M`, or undefined when the binary has
 * no such subcommand or fails. */
function draftFromServer(
  context: vscode.ExtensionContext,
  scenario: string,
  medium: string,
): Promise<string | undefined> {
  const bin = resolveBinary(context).path;
  if (!bin) {
    return Promise.resolve(undefined);
  }
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return new Promise((resolve) => {
    execFile(
      bin,
      ["new", "--scenario", scenario, "--medium", medium],
      { cwd, timeout: 10_000 },
      (err, stdout, stderr) => {
        if (err || !stdout.trim()) {
          const why = err ? stderr.trim().split("\n")[0] || err.message : "no output";
          output?.appendLine(`tactful: \`tactful new\` unavailable (${why}); using the built-in template`);
          resolve(undefined);
        } else {
          resolve(stdout);
        }
      },
    );
  });
}

const REASONS: Record<string, string> = {
  "another-offer": "I have accepted another offer",
  "career-goals": "I have decided to focus on roles closer to my long-term goals",
  personal: "of personal circumstances",
  relocation: "I am not able to relocate at this time",
  compensation: "the compensation does not meet my needs",
  culture: "I do not think the role is the right fit for me",
  "role-changed": "the role has changed from the one I applied for",
  "content-current-role": "I have decided to stay in my current role",
  "after-interviews": "after careful thought I have decided to go another way",
  reschedule: "I cannot make the proposed date",
  general: "",
};

/** A short template of the extension's own, for binaries without `new`. */
export function fallbackTemplate(scenario: string, medium: string): string {
  const reason = REASONS[scenario] ? ` because ${REASONS[scenario]}` : "";
  const name = vscode.workspace.getConfiguration("tactful").get<string | null>("profile.name") || "[Your Name]";
  if (scenario === "reschedule") {
    const body =
      "Thank you for inviting me to interview for the [Role] position. " +
      "Unfortunately I cannot make the proposed date. Could we find another time? " +
      "I am still very interested in the role.";
    return medium === "email"
      ? `Subject: Interview for [Role]\n\nDear [Name],\n\n${body}\n\nBest regards,\n${name}\n`
      : `Hi [Name], ${body}\n\n${name}\n`;
  }
  const thanks = "Thank you for inviting me to interview for the [Role] position at [Company].";
  const decision = `I have decided to withdraw my application${reason}.`;
  const door = "I appreciate your time and would be glad to stay in touch about future opportunities.";
  switch (medium) {
    case "text":
      return `Hi [Name], ${thanks} ${decision} ${door}\n\n${name}\n`;
    case "phone":
    case "in-person":
      return `Hello [Name], this is ${name}. ${thanks} ${decision} ${door}\n`;
    default:
      return `Subject: Interview for [Role]\n\nDear [Name],\n\n${thanks} ${decision}\n\n${door}\n\nBest regards,\n${name}\n`;
  }
}
