//! The quarterly ENISA summary (NIS2 Art. 23(9), spec §6): the cases of one member state's
//! jurisdiction counted once each, broken down per dimension, small cells (< 3) suppressed
//! **with secondary suppression**: the cells are tied together by sums (the total is the sum
//! of every dimension's cells; a sector the sum of its subsectors, a subsector the sum of its
//! entity types), so hiding a small cell alone would let anyone get it back by subtraction.
//! More cells are hidden until no hidden cell is determined by those sums, by any chain of
//! subtractions (linear elimination), or pinned by the fact that every listed cell is ≥ 1.

use std::collections::BTreeMap;

/// Cells with fewer cases than this are suppressed, so no single entity can be recognised.
pub const SUPPRESS_BELOW: i64 = 3;

/// The dimensions of the summary, in output order (spec §6: sector/subsector/entity type,
/// RSIT class, root cause, severity, cross-border flag, regime, and the Art. 30 kind).
pub const DIMENSIONS: &[&str] = &[
    "sector",
    "subsector",
    "entity_type",
    "regime",
    "kind",
    "incident_class",
    "root_cause",
    "severity",
    "cross_border",
];

/// One case as the summary counts it.
#[derive(Debug, Clone, Default)]
pub struct CaseFacts {
    pub sector: String,
    pub subsector: Option<String>,
    pub entity_type: String,
    pub regime: String,
    /// `significant_incident` for a mandatory report, else the Art. 30 kind.
    pub kind: String,
    pub incident_class: String,
    pub root_cause: String,
    pub severity: String,
    pub cross_border: bool,
}

/// One count of the summary; cell 0 is the total (dimension `total`, value `all`).
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub dimension: &'static str,
    /// Subsectors read `sector/subsector` (`-` without one), entity types
    /// `sector/subsector/entity_type`, so each names its parent.
    pub value: String,
    pub count: i64,
    pub suppressed: bool,
}

/// A summary: the total first, then each dimension's cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub cells: Vec<Cell>,
}

/// `whole = Σ parts`, by cell index.
pub type Relation = (usize, Vec<usize>);

impl Summary {
    /// Counts the cases and suppresses what must be hidden.
    pub fn of(cases: &[CaseFacts]) -> Self {
        let mut counts: BTreeMap<(usize, String), i64> = BTreeMap::new();
        for c in cases {
            let sub = format!("{}/{}", c.sector, c.subsector.as_deref().unwrap_or("-"));
            let values = [
                c.sector.clone(),
                format!("{sub}/{}", c.entity_type),
                c.regime.clone(),
                c.kind.clone(),
                c.incident_class.clone(),
                c.root_cause.clone(),
                c.severity.clone(),
                c.cross_border.to_string(),
            ];
            let dims = [0, 2, 3, 4, 5, 6, 7, 8];
            for (d, v) in dims.iter().zip(values) {
                *counts.entry((*d, v)).or_insert(0) += 1;
            }
            *counts.entry((1, sub)).or_insert(0) += 1;
        }
        let mut cells = vec![Cell {
            dimension: "total",
            value: "all".into(),
            count: cases.len() as i64,
            suppressed: false,
        }];
        cells.extend(counts.into_iter().map(|((d, value), count)| Cell {
            dimension: DIMENSIONS[d],
            value,
            count,
            suppressed: false,
        }));
        let mut s = Summary { cells };
        s.suppress();
        s
    }

    /// Every sum that ties the cells together.
    pub fn relations(&self) -> Vec<Relation> {
        let of = |dim: &str| -> Vec<usize> {
            (0..self.cells.len())
                .filter(|i| self.cells[*i].dimension == dim)
                .collect()
        };
        let mut out: Vec<Relation> = DIMENSIONS.iter().map(|d| (0, of(d))).collect();
        for (parent, child) in [("sector", "subsector"), ("subsector", "entity_type")] {
            for p in of(parent) {
                let prefix = format!("{}/", self.cells[p].value);
                let parts = of(child)
                    .into_iter()
                    .filter(|c| self.cells[*c].value.starts_with(&prefix))
                    .collect();
                out.push((p, parts));
            }
        }
        out.retain(|(_, parts)| !parts.is_empty());
        out
    }

    /// Primary suppression (< 3), then secondary until nothing hidden can be recovered.
    fn suppress(&mut self) {
        for c in &mut self.cells {
            c.suppressed = c.count < SUPPRESS_BELOW;
        }
        let relations = self.relations();
        loop {
            let has_shown = |(w, p): &&Relation| {
                !self.cells[*w].suppressed || p.iter().any(|i| !self.cells[*i].suppressed)
            };
            // First what one sum alone gives away; then what a chain of sums does.
            let exposed = relations
                .iter()
                .filter(has_shown)
                .find(|r| self.exposes(r))
                .or_else(|| {
                    let pinned = self.determined();
                    relations
                        .iter()
                        .filter(has_shown)
                        .find(|r| pinned.iter().any(|j| *j == r.0 || r.1.contains(j)))
                });
            let Some((whole, parts)) = exposed else {
                return;
            };
            // Hide the smallest shown part (the whole only when every part is hidden).
            let next = parts
                .iter()
                .copied()
                .filter(|i| !self.cells[*i].suppressed)
                .min_by_key(|i| (self.cells[*i].count, *i))
                .unwrap_or(*whole);
            self.cells[next].suppressed = true;
        }
    }

    /// A relation gives a hidden cell away: it is the only hidden one, or the hidden ones
    /// add up to so little that each must be 1.
    pub fn exposes(&self, (whole, parts): &Relation) -> bool {
        let hidden: Vec<usize> = std::iter::once(*whole)
            .chain(parts.iter().copied())
            .filter(|i| self.cells[*i].suppressed)
            .collect();
        if hidden.len() == 1 {
            return true;
        }
        // With the whole shown, the hidden parts add up to a known sum.
        if hidden.len() >= 2 && !self.cells[*whole].suppressed {
            let sum: i64 = hidden.iter().map(|i| self.cells[*i].count).sum();
            return sum <= hidden.len() as i64;
        }
        false
    }

    /// Hidden cells whose value follows from the shown ones by linear elimination over every
    /// relation at once (any chain of subtractions).
    pub fn determined(&self) -> Vec<usize> {
        let hidden: Vec<usize> = (0..self.cells.len())
            .filter(|i| self.cells[*i].suppressed)
            .collect();
        let mut rows: Vec<Vec<f64>> = self
            .relations()
            .iter()
            .map(|(w, parts)| {
                hidden
                    .iter()
                    .map(|h| {
                        if h == w {
                            1.0
                        } else if parts.contains(h) {
                            -1.0
                        } else {
                            0.0
                        }
                    })
                    .collect()
            })
            .collect();
        let pivots = reduce(&mut rows, hidden.len());
        pivots
            .into_iter()
            .filter(|(r, _)| rows[*r].iter().filter(|v| v.abs() > 1e-9).count() == 1)
            .map(|(_, col)| hidden[col])
            .collect()
    }
}

/// Reduced row echelon form in place; returns (row, pivot column) pairs.
fn reduce(rows: &mut [Vec<f64>], cols: usize) -> Vec<(usize, usize)> {
    let mut pivots = Vec::new();
    let mut r = 0;
    for col in 0..cols {
        let Some(p) =
            (r..rows.len()).max_by(|a, b| rows[*a][col].abs().total_cmp(&rows[*b][col].abs()))
        else {
            break;
        };
        if rows[p][col].abs() < 1e-9 {
            continue;
        }
        rows.swap(r, p);
        let lead = rows[r][col];
        for v in rows[r].iter_mut() {
            *v /= lead;
        }
        for i in 0..rows.len() {
            if i != r && rows[i][col].abs() > 1e-9 {
                let f = rows[i][col];
                let pivot_row = rows[r].clone();
                for (v, pv) in rows[i].iter_mut().zip(pivot_row) {
                    *v -= f * pv;
                }
            }
        }
        pivots.push((r, col));
        r += 1;
    }
    pivots
}

#[cfg(test)]
#[path = "enisa_summary_tests.rs"]
mod tests;
