//! Criterion benchmarks of `engine::check` (full analysis, all rules on)
//! and of `engine::check_cached` as the language server runs it on each
//! keystroke (chunks of the previous version kept).
//!
//! `cargo bench --bench engine` runs the full set (a few minutes on 2 cores);
//! `TACTFUL_BENCH_SMOKE=1 cargo bench --bench engine` (or `benches/smoke.sh`)
//! runs each benchmark for a fraction of a second, for CI. No wall-clock
//! assertion is made anywhere.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::cell::{Cell, RefCell};

use tactful::config::Config;
use tactful::document::{ChunkCache, Format};
use tactful::engine;

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
    targets = bench_check
}
criterion_main!(benches);
