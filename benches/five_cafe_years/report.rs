//! The benchmark's results: every figure as median with min–max over its runs, beside
//! its budget; printed as a table and written as JSON.

use serde::Serialize;

/// What a figure must stay within.
#[derive(Debug, Clone, Copy, Serialize)]
pub enum Budget {
    AtMost(f64),
    AtLeast(f64),
}

#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    pub section: String,
    pub name: String,
    pub unit: String,
    pub median: f64,
    pub min: f64,
    pub max: f64,
    pub runs: usize,
    pub budget: Option<Budget>,
    /// Whether the median meets the budget (none: nothing to meet).
    pub within: Option<bool>,
    /// What else is worth knowing: what it is compared with, counts, query plans.
    pub note: String,
}

#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub machine: serde_json::Value,
    pub figures: Vec<Figure>,
    pub notes: Vec<String>,
}

/// Median, min and max of samples (the median of an even count is the mean of the two
/// middle ones).
pub fn summary(samples: &[f64]) -> (f64, f64, f64) {
    if samples.is_empty() {
        return (f64::NAN, f64::NAN, f64::NAN);
    }
    let mut s = samples.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    let median = if n % 2 == 1 { s[n / 2] } else { (s[n / 2 - 1] + s[n / 2]) / 2.0 };
    (median, s[0], s[n - 1])
}

/// The p-th percentile (0–100) by nearest rank.
pub fn percentile(samples: &[f64], p: f64) -> f64 {
    let mut s = samples.to_vec();
    s.sort_by(f64::total_cmp);
    if s.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * s.len() as f64).ceil() as usize;
    s[rank.clamp(1, s.len()) - 1]
}

impl Report {
    /// A figure from its samples.
    pub fn add(&mut self, section: &str, name: &str, unit: &str, samples: &[f64], budget: Option<Budget>, note: impl Into<String>) {
        let (median, min, max) = summary(samples);
        let within = budget.map(|b| match b {
            Budget::AtMost(limit) => median <= limit,
            Budget::AtLeast(limit) => median >= limit,
        });
        let figure = Figure {
            section: section.into(),
            name: name.into(),
            unit: unit.into(),
            median,
            min,
            max,
            runs: samples.len(),
            budget,
            within,
            note: note.into(),
        };
        eprintln!("  {}", line(&figure));
        self.figures.push(figure);
    }

    pub fn note(&mut self, text: impl Into<String>) {
        let text = text.into();
        eprintln!("  note: {text}");
        self.notes.push(text);
    }

    pub fn table(&self) -> String {
        let mut out = String::new();
        out.push_str("| section | measure | median | min–max | runs | budget | within |\n|---|---|---|---|---|---|---|\n");
        for f in &self.figures {
            let budget = match f.budget {
                Some(Budget::AtMost(l)) => format!("≤ {}", number(l)),
                Some(Budget::AtLeast(l)) => format!("≥ {}", number(l)),
                None => String::new(),
            };
            let within = match f.within {
                Some(true) => "yes",
                Some(false) => "**no**",
                None => "",
            };
            out.push_str(&format!(
                "| {} | {}{} | {} {} | {}–{} | {} | {} | {} |\n",
                f.section,
                f.name,
                if f.note.is_empty() { String::new() } else { format!(" ({})", f.note) },
                number(f.median),
                f.unit,
                number(f.min),
                number(f.max),
                f.runs,
                budget,
                within
            ));
        }
        for n in &self.notes {
            out.push_str(&format!("\n- {n}"));
        }
        out.push('\n');
        out
    }
}

fn line(f: &Figure) -> String {
    format!("{} / {}: {} {} ({}–{}, {} runs) {}", f.section, f.name, number(f.median), f.unit, number(f.min), number(f.max), f.runs, f.note)
}

/// A number with as many digits as it deserves.
pub fn number(x: f64) -> String {
    if !x.is_finite() {
        "–".into()
    } else if x.abs() >= 100.0 {
        format!("{x:.0}")
    } else if x.abs() >= 10.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.2}")
    }
}
