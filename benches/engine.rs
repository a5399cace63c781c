//! Criterion benchmarks of `engine::check` (full analysis, all rules on)
//! and of `engine::check_cached` as the language server runs it on each
//! keystroke (chunks of the previous version kept).
//!
//! `cargo bench --bench engine` runs the full set (a few minutes on 2 cores);
//! `TACTFUL_BENCH_SMOKE=1 cargo bench --bench engine` (or `benches/smoke.sh`)
//! runs each benchmark for a fraction of a second, for CI. No wall-clock
//! assertion is made anywhere. `cargo bench --bench engine -- scorer`
//! times the trained sentence scorers alone.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::cell::{Cell, RefCell};

use tactful::config::Config;
use tactful::document::{ChunkCache, Document, Format};
use tactful::engine;
use tactful::reading::Reading;
use tactful::reading::scorer::{self, Features, Model};

#[path = "corpus.rs"]
mod corpus;

const SIZES: &[(&str, usize)] = &[("1KB", 1024), ("100KB", 100 * 1024), ("1MB", 1024 * 1024)];

fn smoke() -> bool {
    std::env::var_os("TACTFUL_BENCH_SMOKE").is_some_and(|v| !v.is_empty() && v != "0")
}

/// The text with one character inserted near the middle, at a word
/// boundary, as a keystroke would.
fn one_char_edit(text: &str) -> String {
    let mut at = text.len() / 2;
    while !text.is_char_boundary(at) || !text[at..].starts_with(' ') {
        at += 1;
    }
    let mut s = String::with_capacity(text.len() + 1);
    s.push_str(&text[..at]);
    s.push('s');
    s.push_str(&text[at..]);
    s
}

fn bench_check(c: &mut Criterion) {
    let cfg = Config::default();
    let mut group = c.benchmark_group("check");
    for &(name, size) in SIZES {
        let text = corpus::message(size);
        let edited = one_char_edit(&text);
        // A keystroke as the server sees it: the cache holds the chunks of
        // the version before; the two versions alternate, so every
        // iteration re-reads the edited chunk and reuses the others.
        let cache = RefCell::new(ChunkCache::default());
        let flip = Cell::new(false);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(if smoke() || size > 100 * 1024 { 10 } else { 30 });
        group.bench_function(BenchmarkId::new("keystroke_cached", name), |b| {
            b.iter(|| {
                flip.set(!flip.get());
                let t = if flip.get() { &edited } else { &text };
                let mut cache = cache.borrow_mut();
                black_box(engine::check_cached(
                    black_box(t),
                    Format::Markdown,
                    &cfg,
                    Some(&mut cache),
                ))
            })
        });
        // A full check of 1 MB takes about 0.1 s; criterion's minimum of
        // 10 samples would slow the smoke run, so smoke mode skips it.
        if smoke() && size > 100 * 1024 {
            continue;
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        if name == "1MB" {
            group.sample_size(10);
        } else {
            group.sample_size(if smoke() { 10 } else { 30 });
        }
        group.bench_with_input(BenchmarkId::new("full", name), &text, |b, t| {
            b.iter(|| black_box(engine::check(black_box(t), Format::Markdown, &cfg)))
        });
        group.bench_with_input(BenchmarkId::new("one_char_edit", name), &edited, |b, t| {
            b.iter(|| black_box(engine::check(black_box(t), Format::Markdown, &cfg)))
        });
    }
    group.finish();
}

/// The trained scorers over a 2 KB message (about 30 sentences) whose
/// readings are made, as the rules will have them: three models sharing
/// one feature extraction per sentence, three models each extracting
/// their own, and the readings alone for scale.
fn bench_scorer(c: &mut Criterion) {
    let text = corpus::message(2048);
    let doc = Document::parse(&text, Format::Markdown);
    let sentences: Vec<&str> = doc
        .prose
        .sentences
        .iter()
        .map(|s| doc.prose.sentence_text(s))
        .collect();
    let readings: Vec<Reading> = sentences.iter().map(|s| Reading::of(s)).collect();
    let three = [Model::Hedged, Model::Negative, Model::Casual];
    let mut group = c.benchmark_group("scorer");
    group.sample_size(if smoke() { 10 } else { 50 });
    let name = format!("2KB_{}_sentences", sentences.len());
    group.bench_function(BenchmarkId::new("three_models_shared", &name), |b| {
        b.iter(|| {
            let mut fired = 0;
            for (r, s) in readings.iter().zip(&sentences) {
                let f = Features::of(r, s);
                fired += three.iter().filter(|&&m| f.fires(m)).count();
            }
            black_box(fired)
        })
    });
    group.bench_function(BenchmarkId::new("three_models_each", &name), |b| {
        b.iter(|| {
            let mut fired = 0;
            for (r, s) in readings.iter().zip(&sentences) {
                fired += three.iter().filter(|&&m| scorer::fires(m, r, s)).count();
            }
            black_box(fired)
        })
    });
    group.bench_function(BenchmarkId::new("readings", &name), |b| {
        b.iter(|| {
            let n: usize = sentences.iter().map(|s| Reading::of(s).tokens.len()).sum();
            black_box(n)
        })
    });
    group.finish();
}

fn config() -> Criterion {
    let c = Criterion::default().configure_from_args();
    if smoke() {
        c.warm_up_time(Duration::from_millis(100))
            .measurement_time(Duration::from_millis(300))
            .sample_size(10)
            .without_plots()
    } else {
        c.warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(4))
            .without_plots()
    }
}

criterion_group! {
    name = benches;
    config = config();
    targets = bench_check, bench_scorer
}
criterion_main!(benches);
