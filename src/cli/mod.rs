//! The command line: `tactful check`, `rules`, `explain`, `new` (and the
//! `lsp` subcommand's arguments; `main` hands it the server).

mod output;

use output::{Checked, FileTally};
mod walk;
mod write;

use std::collections::HashMap;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use rayon::prelude::*;

use clap::{Parser, Subcommand, ValueEnum};

use crate::config::{self, Config, ConfigProblem};
use crate::document::Format;
use crate::engine;
use crate::rules::{self, RULES, Severity};
use crate::vocab::{Medium, Scenario, suggest};
use crate::wording;

#[derive(Parser)]
#[command(
    name = "tactful",
    version,
    about = "A writing coach for messages that decline a job interview."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Check drafts and report what a seasoned recruiter would.
    Check(CheckArgs),
    /// List the rules with their default severities.
    Rules,
    /// Explain what a rule checks and why it matters.
    Explain {
        /// A rule id, such as missing-gratitude.
        rule: String,
    },
    /// Run the language server on stdin/stdout.
    Lsp,
    /// Print a ready draft for a scenario and medium.
    New(NewArgs),
}

#[derive(clap::Args)]
pub struct NewArgs {
    #[arg(long, value_parser = parse_scenario, default_value = "general")]
    pub scenario: Scenario,
    #[arg(long, value_parser = parse_medium, default_value = "email")]
    pub medium: Medium,
    /// Which way a scenario with two directions goes: for relocation,
    /// `moving` (you are moving away) or `staying` (you will not move for
    /// the job). Without it the wording fits either.
    #[arg(long)]
    pub variant: Option<String>,
    /// The person you are writing to ("Ms. Larsen").
    #[arg(long)]
    pub to: Option<String>,
    #[arg(long)]
    pub company: Option<String>,
    #[arg(long)]
    pub role: Option<String>,
    /// Your name (else config `profile.name`).
    #[arg(long)]
    pub from: Option<String>,
    /// Use this config file instead of the nearest tactful.toml.
    #[arg(long)]
    pub config: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum OutputFormat {
    Human,
    Json,
}

#[derive(clap::Args)]
pub struct CheckArgs {
    /// Files or folders to check (folders are walked for .md, .markdown
    /// and .txt); `-` reads standard input.
    #[arg(default_value = ".")]
    pub paths: Vec<String>,
    #[arg(long, value_enum, default_value = "human")]
    pub format: OutputFormat,
    /// Apply every preferred fix in place and report what remains.
    #[arg(long)]
    pub fix: bool,
    /// Print the preferred fixes as a unified diff instead of writing them.
    #[arg(long, conflicts_with = "fix")]
    pub diff: bool,
    /// Force the medium: email, text, phone or in-person.
    #[arg(long, value_parser = parse_medium)]
    pub medium: Option<Medium>,
    /// Force the scenario (another-offer, personal, relocation, ...).
    #[arg(long, value_parser = parse_scenario)]
    pub scenario: Option<Scenario>,
    /// Exit 1 when a finding is at or above this severity.
    #[arg(long, value_parser = parse_severity, default_value = "warning")]
    pub fail_on: Severity,
    /// Use this config file instead of the nearest tactful.toml.
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// File name to report (and pick the format by) for standard input.
    #[arg(long)]
    pub stdin_filename: Option<String>,
}

fn parse_medium(s: &str) -> Result<Medium, String> {
    Medium::parse(s).ok_or_else(|| unknown_name(s, &Medium::ALL_NAMES))
}

fn parse_scenario(s: &str) -> Result<Scenario, String> {
    Scenario::parse(s).ok_or_else(|| unknown_name(s, &Scenario::ALL_NAMES))
}

fn parse_severity(s: &str) -> Result<Severity, String> {
    Severity::parse(s).ok_or_else(|| unknown_name(s, &SEVERITY_NAMES))
}

const SEVERITY_NAMES: [&str; 4] = ["error", "warning", "info", "hint"];

/// What clap prints after "invalid value": the nearest name first.
fn unknown_name(typed: &str, names: &[&str]) -> String {
    let expected = format!("expected one of {}", names.join(", "));
    match suggest::nearest(typed, names.iter().copied()) {
        Some(near) => format!("did you mean `{near}`? ({expected})"),
        None => expected,
    }
}

/// Runs a parsed command line; `tactful lsp` runs `serve`, the language
/// server, which lives beside the CLI rather than under it.
pub fn run(cli: Cli, serve: fn() -> ExitCode) -> ExitCode {
    match cli.command {
        Command::Check(args) => check(args),
        Command::Rules => {
            let mut out = String::new();
            for r in RULES {
                out.push_str(&format!(
                    "{:<22} {:<8} {}\n",
                    r.id,
                    r.default_severity.as_str(),
                    r.summary
                ));
            }
            print_stdout(&out);
            ExitCode::SUCCESS
        }
        Command::Explain { rule } => match rules::by_id(&rule) {
            Some(r) => {
                print_stdout(&format!(
                    "{}\n\nDefault severity: {}. Docs: {}\n",
                    r.doc(),
                    r.default_severity.as_str(),
                    rules::doc_url(r.id)
                ));
                ExitCode::SUCCESS
            }
            None => {
                let ids = RULES.iter().map(|r| r.id);
                eprintln!(
                    "tactful: unknown rule `{rule}`{}; `tactful rules` lists them all",
                    suggest::did_you_mean(&rule, ids)
                );
                ExitCode::from(2)
            }
        },
        Command::Lsp => serve(),
        Command::New(args) => new_draft(args),
    }
}

fn new_draft(args: NewArgs) -> ExitCode {
    let mut cfg = Config::default();
    let mut problems = Vec::new();
    match &args.config {
        Some(path) => match std::fs::read_to_string(path) {
            Ok(src) => note_problems(
                &cfg.apply_toml_str(&src, &path.display().to_string()),
                &mut problems,
            ),
            Err(e) => {
                eprintln!("tactful: cannot read config {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
        None => cfg = config_for_dir(Path::new("."), &cfg, &mut problems),
    }
    if stop_on(&problems, "no draft written") {
        return ExitCode::from(2);
    }
    let facts = crate::message::Facts {
        recipient: args.to,
        company: args.company,
        role: args.role,
        writer: args.from,
        approached: false,
    };
    let variants = wording::variants(args.scenario);
    if let Some(v) = &args.variant {
        if !variants.contains(&v.as_str()) {
            let scenario = args.scenario.as_str();
            if variants.is_empty() {
                eprintln!("tactful: the scenario {scenario} has no variants");
            } else {
                eprintln!(
                    "tactful: unknown variant `{v}` of {scenario}{}; it has {}",
                    suggest::did_you_mean(v, variants.iter().copied()),
                    variants.join(", ")
                );
            }
            return ExitCode::from(2);
        }
    }
    let situation = wording::Situation::new(args.scenario, args.medium, &facts, &cfg);
    let body = situation.template_in(args.variant.as_deref(), &cfg, "\n");
    print_stdout(&format!(
        "{}{body}",
        wording::front_matter(args.medium, "\n")
    ));
    if body.contains(wording::WRITER_BLANK) {
        eprintln!(
            "tactful: fill in {} with your name (or give --from NAME, or set \
             profile.name in tactful.toml)",
            wording::WRITER_BLANK
        );
    }
    ExitCode::SUCCESS
}

fn print_stdout(s: &str) {
    let mut out = std::io::stdout().lock();
    // a closed pipe (`tactful rules | head`) is not an error worth a panic
    let _ = out.write_all(s.as_bytes());
    let _ = out.flush();
}

/// One input to check.
struct Input {
    /// The path as reported.
    display: String,
    source: Source,
    format: Format,
}

enum Source {
    /// A file on disk, read by the worker that checks it.
    File(PathBuf),
    /// Standard input, read before checking starts.
    Stdin(String),
}

impl Input {
    /// The file on disk, `None` for standard input.
    fn file(&self) -> Option<&Path> {
        match &self.source {
            Source::File(path) => Some(path),
            Source::Stdin(_) => None,
        }
    }
}

fn check(args: CheckArgs) -> ExitCode {
    if args.diff && matches!(args.format, OutputFormat::Json) {
        // a diff around the JSON document would make it unreadable
        eprintln!(
            "tactful: --diff prints a unified diff, not JSON; use --format json \
             alone for the fixes as data"
        );
        return ExitCode::from(2);
    }
    let mut io_error = false;
    let mut base = Config::default();
    let mut problems = Vec::new();
    if let Some(path) = &args.config {
        match std::fs::read_to_string(path) {
            Ok(src) => note_problems(
                &base.apply_toml_str(&src, &path.display().to_string()),
                &mut problems,
            ),
            Err(e) => {
                eprintln!("tactful: cannot read config {}: {e}", path.display());
                return ExitCode::from(2);
            }
        }
    }
    base.force_medium = args.medium;
    base.force_scenario = args.scenario;

    // Build the phrase automaton while the files are read.
    let warm = std::thread::spawn(|| {
        let _ = crate::phrases::default_bank();
    });
    let mut skipped = 0;
    let inputs = gather_inputs(&args, &mut skipped);
    io_error |= skipped > 0;
    let mut configs: HashMap<PathBuf, Arc<Config>> = HashMap::new();
    let mut jobs = Vec::with_capacity(inputs.len());
    for input in inputs {
        let cfg = match (&args.config, input.file()) {
            (None, Some(file)) => {
                let dir = file
                    .parent()
                    .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
                let dir = if dir.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    dir
                };
                configs
                    .entry(dir.clone())
                    .or_insert_with(|| Arc::new(config_for_dir(&dir, &base, &mut problems)))
                    .clone()
            }
            (None, None) => Arc::new(config_for_dir(Path::new("."), &base, &mut problems)),
            _ => configs
                .entry(PathBuf::new())
                .or_insert_with(|| Arc::new(base.clone()))
                .clone(),
        };
        // the bank once per configuration, not once per file (a file's
        // own configuration shares it)
        let _ = cfg.bank();
        let cfg = match input.file() {
            Some(file) => cfg.for_file(file),
            None => cfg,
        };
        jobs.push((input, cfg));
    }
    let _ = warm.join();
    if stop_on(&problems, "no drafts checked") {
        return ExitCode::from(2);
    }
    let color = matches!(args.format, OutputFormat::Human) && std::io::stdout().is_terminal();
    // With --diff, or --fix on standard input, what an input prints comes
    // before the report, which then waits for the end; otherwise each
    // file's part of the report is printed as soon as the files before it
    // are, and memory stays flat however many files there are.
    let fixes_stdin = args.fix && jobs.iter().any(|(i, _)| i.file().is_none());
    let stream = !args.diff && !fixes_stdin;
    let mode = if args.fix {
        output::Mode::Fix
    } else if args.diff {
        output::Mode::Diff
    } else {
        output::Mode::Check
    };
    let mut report = ReportWriter::new(args.format, stream, mode);
    // standard input's fixed text or diff is what stdout carries: the
    // summary goes to stderr then, as ruff's does
    report.summary_to_stderr =
        (args.fix || args.diff) && jobs.iter().any(|(i, _)| i.file().is_none());
    report.skipped(skipped);
    let mut failing = false;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        let args = &args;
        scope.spawn(move || {
            // par_bridge takes inputs in order, so few outcomes wait below
            jobs.into_iter()
                .enumerate()
                .par_bridge()
                .for_each_with(tx, |tx, (n, (input, cfg))| {
                    let _ = tx.send((n, check_one(input, &cfg, args, color)));
                });
        });
        let mut waiting = std::collections::BTreeMap::new();
        let mut next = 0;
        for (n, outcome) in rx {
            waiting.insert(n, outcome);
            while let Some(outcome) = waiting.remove(&next) {
                next += 1;
                for line in &outcome.errors {
                    eprintln!("{line}");
                }
                io_error |= !outcome.errors.is_empty();
                if let Some(out) = &outcome.stdout {
                    report.print(out);
                }
                failing |= outcome.status[..=args.fail_on as usize]
                    .iter()
                    .any(|&n| n > 0);
                match outcome.tally {
                    Some(tally) => report.add(outcome.part, tally),
                    None => report.skipped(1),
                }
            }
        }
    });
    report.finish();
    if io_error {
        ExitCode::from(2)
    } else if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The report on standard output: the JSON document, or annotated
/// snippets and a summary line.
struct ReportWriter {
    out: std::io::BufWriter<std::io::Stdout>,
    format: OutputFormat,
    /// Print each file's part at once, or keep them for [`Self::finish`].
    stream: bool,
    /// The summary line goes to stderr (stdout carries fixed text).
    summary_to_stderr: bool,
    /// Something other than the report (a diff) was printed: a blank
    /// line sets the summary apart from it.
    printed_other: bool,
    kept: Vec<String>,
    files: usize,
    tally: output::Tally,
}

impl ReportWriter {
    fn new(format: OutputFormat, stream: bool, mode: output::Mode) -> ReportWriter {
        ReportWriter {
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            format,
            stream,
            summary_to_stderr: false,
            printed_other: false,
            kept: Vec::new(),
            files: 0,
            tally: output::Tally::new(mode),
        }
    }

    /// Counts inputs that were named on stderr and not checked.
    fn skipped(&mut self, n: usize) {
        for _ in 0..n {
            self.tally.skip();
        }
    }

    /// Prints what is not part of the report (a diff, fixed text).
    fn print(&mut self, s: &str) {
        // a closed pipe (`tactful check | head`) is not an error worth a panic
        let _ = self.out.write_all(s.as_bytes());
        self.printed_other = true;
    }

    /// One checked file's part of the report (none for a `--diff` or
    /// standard input's fixed text), and what the summary counts of it.
    fn add(&mut self, part: Option<String>, tally: output::FileTally) {
        self.tally.add(tally);
        let Some(part) = part else {
            return;
        };
        if self.stream {
            self.write_part(&part);
        } else {
            self.kept.push(part);
        }
    }

    fn write_part(&mut self, part: &str) {
        if matches!(self.format, OutputFormat::Json) {
            let before = if self.files == 0 {
                output::JSON_HEAD
            } else {
                output::JSON_SEPARATOR
            };
            let _ = self.out.write_all(before.as_bytes());
        }
        self.files += 1;
        let _ = self.out.write_all(part.as_bytes());
    }

    fn finish(mut self) {
        for part in std::mem::take(&mut self.kept) {
            self.write_part(&part);
        }
        let end = match self.format {
            // stdout is the fixed text: no report around it
            OutputFormat::Json if self.summary_to_stderr && self.files == 0 => String::new(),
            OutputFormat::Json if self.files == 0 => output::JSON_EMPTY.to_string(),
            OutputFormat::Json => output::JSON_TAIL.to_string(),
            OutputFormat::Human if self.summary_to_stderr => {
                let _ = self.out.flush();
                eprint!("{}", self.tally.summary());
                String::new()
            }
            OutputFormat::Human if self.printed_other => format!("\n{}", self.tally.summary()),
            OutputFormat::Human => self.tally.summary(),
        };
        let _ = self.out.write_all(end.as_bytes());
        let _ = self.out.flush();
    }
}

/// What checking one input printed and found, kept until the inputs
/// before it are printed.
struct Outcome {
    /// Lines for standard error, each a problem with this input.
    errors: Vec<String>,
    /// A diff (`--diff`) or the fixed text (`--fix` on standard input).
    stdout: Option<String>,
    /// This input's part of the report.
    part: Option<String>,
    /// What the summary counts of this input; `None` when it was skipped.
    tally: Option<output::FileTally>,
    /// The findings by severity that decide the exit status: those left
    /// in the file as it now is on disk.
    status: [usize; 4],
}

fn check_one(input: Input, cfg: &Config, args: &CheckArgs, color: bool) -> Outcome {
    let mut outcome = Outcome {
        errors: Vec::new(),
        stdout: None,
        part: None,
        tally: None,
        status: [0; 4],
    };
    let (file, read) = match input.source {
        Source::File(path) => {
            let read = read_draft(&path);
            (Some(path), read)
        }
        Source::Stdin(text) => (None, Ok(text)),
    };
    let mut text = match read {
        Ok(text) => text,
        Err(problem) => {
            outcome
                .errors
                .push(format!("tactful: {}: {problem}; skipped", input.display));
            return outcome;
        }
    };
    let checked_once = catch_panic(|| {
        let report = engine::check(&text, input.format, cfg);
        let fixed = (args.fix || args.diff)
            .then(|| crate::fixes::fix_until_stable(&text, input.format, cfg));
        (report, fixed)
    });
    let (mut report, fixed) = match checked_once {
        Ok(done) => done,
        Err(panic) => {
            outcome.errors.push(format!(
                "tactful: {}: internal error while checking ({panic}); skipped. \
                 Please report this with the file.",
                input.display
            ));
            return outcome;
        }
    };
    let on_disk = severities(&report);
    // what a check of the fixed text finds: what remains after the fixes
    let recheck = |fixed: &str, errors: &mut Vec<String>| {
        catch_panic(|| engine::check(fixed, input.format, cfg))
            .map_err(|panic| {
                errors.push(format!(
                    "tactful: {}: internal error while checking the fixed text \
                     ({panic}); nothing written. Please report this with the file.",
                    input.display
                ));
            })
            .ok()
    };
    if args.diff {
        // --diff: show what --fix would write; write nothing. The exit
        // status is the file's as it stays on disk.
        outcome.status = on_disk;
        let Some((fixed, applied)) = fixed.filter(|(_, applied)| *applied > 0) else {
            outcome.tally = Some(FileTally {
                remaining: on_disk,
                fixed: 0,
            });
            return outcome;
        };
        let Some(after) = recheck(&fixed, &mut outcome.errors) else {
            return outcome;
        };
        outcome.tally = Some(FileTally {
            remaining: severities(&after),
            fixed: applied,
        });
        let diff = similar::TextDiff::from_lines(&text, &fixed);
        let (old, new) = (
            format!("a/{}", input.display),
            format!("b/{}", input.display),
        );
        outcome.stdout = Some(
            diff.unified_diff()
                .context_radius(2)
                .header(&old, &new)
                .to_string(),
        );
        return outcome;
    }
    let mut fixes_written = 0;
    if let Some((fixed, applied)) = fixed {
        if applied > 0 {
            let Some(after) = recheck(&fixed, &mut outcome.errors) else {
                return outcome;
            };
            let Some(file) = &file else {
                // stdin: print the fixed text instead of a report
                outcome.status = severities(&after);
                outcome.tally = Some(FileTally {
                    remaining: outcome.status,
                    fixed: applied,
                });
                outcome.stdout = Some(fixed);
                return outcome;
            };
            if let Err(e) = write::write_atomically(file, &fixed) {
                outcome.errors.push(format!(
                    "tactful: {}: cannot write fixes: {e}",
                    input.display
                ));
            } else {
                text = fixed;
                report = after;
                fixes_written = applied;
            }
        }
    }
    outcome.status = severities(&report);
    outcome.tally = Some(FileTally {
        remaining: outcome.status,
        fixed: fixes_written,
    });
    let checked = Checked {
        path: input.display,
        text,
        report,
    };
    outcome.part = Some(match args.format {
        OutputFormat::Json => output::json_file(&checked),
        OutputFormat::Human => output::human_file(&checked, color),
    });
    outcome
}

/// A report's findings by severity, indexed by `Severity as usize`.
fn severities(report: &engine::Report) -> [usize; 4] {
    let mut counts = [0; 4];
    for f in &report.findings {
        counts[f.severity as usize] += 1;
    }
    counts
}

/// The configuration for the drafts in `dir`: `base` under the nearest
/// `tactful.toml`; what is wrong with that file goes to `problems`.
fn config_for_dir(dir: &Path, base: &Config, problems: &mut Vec<String>) -> Config {
    let mut cfg = base.clone();
    if let Some(file) = config::find_config_file(dir) {
        match std::fs::read_to_string(&file) {
            Ok(src) => note_problems(
                &cfg.apply_toml_str(&src, &file.display().to_string()),
                problems,
            ),
            Err(e) => problems.push(format!("cannot read config {}: {e}", file.display())),
        }
        // flags win over the file
        cfg.force_medium = base.force_medium;
        cfg.force_scenario = base.force_scenario;
    }
    cfg
}

/// Keeps each configuration problem once (drafts in two folders may share
/// one `tactful.toml`).
fn note_problems(found: &[ConfigProblem], problems: &mut Vec<String>) {
    for p in found {
        let line = p.to_string();
        if !problems.contains(&line) {
            problems.push(line);
        }
    }
}

/// A configuration with a mistake in it stops the run, as ruff's and
/// vale's do: checking (or `--fix`ing) under settings the user did not
/// write would report findings they turned off, or miss ones they asked
/// for. Prints the problems and whether it stopped.
fn stop_on(problems: &[String], what_stopped: &str) -> bool {
    for p in problems {
        eprintln!("tactful: {p}");
    }
    if problems.is_empty() {
        return false;
    }
    eprintln!("tactful: {what_stopped}: correct the configuration above");
    true
}

/// The inputs to check; those that cannot be are named on stderr and
/// counted in `skipped`.
fn gather_inputs(args: &CheckArgs, skipped: &mut usize) -> Vec<Input> {
    let mut inputs = Vec::new();
    for p in &args.paths {
        if p == "-" {
            let name = args
                .stdin_filename
                .clone()
                .unwrap_or_else(|| "-".to_string());
            match read_text(std::io::stdin().lock()) {
                Ok(text) => inputs.push(Input {
                    format: Format::from_path(&name).unwrap_or(Format::Markdown),
                    display: name,
                    source: Source::Stdin(text),
                }),
                Err(problem) => {
                    eprintln!("tactful: {name}: {problem}; skipped");
                    *skipped += 1;
                }
            }
            continue;
        }
        let path = PathBuf::from(p);
        let files = match walk::files(&path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("tactful: {p}: cannot read: {e}; skipped");
                *skipped += 1;
                continue;
            }
        };
        for (file, problem) in files {
            let display = file.display().to_string();
            if let Some(problem) = problem {
                eprintln!("tactful: {display}: {problem}; skipped");
                *skipped += 1;
                continue;
            }
            inputs.push(Input {
                format: Format::from_path(&display).unwrap_or(Format::PlainText),
                display,
                source: Source::File(file),
            });
        }
    }
    inputs
}

/// Reads a draft: a regular file is checked for size before it is read;
/// anything else (a pipe from `<(...)`, a device) is read up to the limit.
fn read_draft(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if meta.is_file() {
        let len = usize::try_from(meta.len()).unwrap_or(usize::MAX);
        if let Some(why) = engine::too_large(len) {
            return Err(why);
        }
    }
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read: {e}"))?;
    read_text(file)
}

/// Reads UTF-8 text, at most [`engine::MAX_MESSAGE_BYTES`] of it.
fn read_text(reader: impl Read) -> Result<String, String> {
    let mut bytes = Vec::new();
    let limit = engine::MAX_MESSAGE_BYTES as u64 + 1;
    reader
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 == limit {
        return Err(format!(
            "too large to be a message (tactful checks up to {})",
            engine::human_size(engine::MAX_MESSAGE_BYTES)
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

thread_local! {
    /// The message of the last panic caught on this thread, and whether a
    /// [`catch_panic`] is running on it.
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    static CATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f`, turning a panic into its message with its location instead of
/// a crash: one draft that trips a bug does not stop the others. The panic
/// hook is installed once for all threads (swapping it per call would race
/// when files are checked in parallel); outside `catch_panic` it defers to
/// the hook it replaced.
fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    use std::panic;
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !CATCHING.with(std::cell::Cell::get) {
                return previous(info);
            }
            let location = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            let message = engine::panic_message(info.payload());
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{message}{location}")));
        }));
    });
    let was = CATCHING.with(|c| c.replace(true));
    let outcome = panic::catch_unwind(panic::AssertUnwindSafe(f));
    CATCHING.with(|c| c.set(was));
    outcome.map_err(|payload| {
        LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| engine::panic_message(payload.as_ref()))
    })
}
