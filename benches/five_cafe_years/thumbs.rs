//! Photos from a phone camera: the app's import (a 1600-pixel photo and a 320-pixel
//! square thumbnail from each original) beside `vipsthumbnail` (libvips) making the same
//! two sizes from the same files, and making the thumbnail alone.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use mestre::media::image_import::{self, FULL_MAX_SIDE, THUMB_SIDE};

use crate::report::{summary, Budget, Report};

pub fn measure(report: &mut Report, originals: &[PathBuf], rounds: usize, scratch: &Path) {
    if originals.is_empty() {
        report.note("thumbnails: no phone photos in the reference café");
        return;
    }
    let (w, h) = image::image_dimensions(&originals[0]).unwrap_or((0, 0));
    let what = format!("{} photos of {w}×{h} ({:.0} MP)", originals.len(), f64::from(w) * f64::from(h) / 1e6);
    let n = originals.len() as f64;
    let app: Vec<f64> = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            for f in originals {
                image_import::import_photo(&std::fs::read(f).unwrap()).unwrap();
            }
            n / t.elapsed().as_secs_f64()
        })
        .collect();
    report.add("thumbnails", "app import: photo + thumbnail (one thread)", "photos/s", &app, None, what);

    if Command::new("vipsthumbnail").arg("--version").output().is_err() {
        report.note("thumbnails: vipsthumbnail is not installed (apt install libvips-tools): no comparison");
        return;
    }
    let out = tempfile::tempdir_in(scratch).unwrap();
    let vips = |size: u32, crop: bool, quality: u8, threads: usize| -> f64 {
        let mut cmd = Command::new("vipsthumbnail");
        cmd.arg("--size").arg(format!("{size}x{size}"));
        if crop {
            cmd.args(["--smartcrop", "centre"]);
        }
        cmd.arg(format!("--vips-concurrency={threads}"));
        cmd.arg("-o").arg(format!("{}/%s-{size}.jpg[Q={quality}]", out.path().display()));
        cmd.args(originals);
        let t = Instant::now();
        let status = cmd.status().unwrap();
        assert!(status.success(), "vipsthumbnail failed");
        t.elapsed().as_secs_f64()
    };
    let both: Vec<f64> = (0..rounds).map(|_| n / (vips(FULL_MAX_SIDE, false, 85, 1) + vips(THUMB_SIDE, true, 80, 1))).collect();
    report.add("thumbnails", "vipsthumbnail: photo + thumbnail (one thread)", "photos/s", &both, None, "two runs over the files");
    let thumbs: Vec<f64> = (0..rounds).map(|_| n / vips(THUMB_SIDE, true, 80, 1)).collect();
    report.add("thumbnails", "vipsthumbnail: thumbnail alone (one thread)", "photos/s", &thumbs, None, "");
    let (app_median, vips_median) = (summary(&app).0, summary(&both).0);
    report.add(
        "thumbnails",
        "app import ÷ vipsthumbnail, same two sizes",
        "×",
        &[app_median / vips_median],
        Some(Budget::AtLeast(1.0)),
        format!("{:.2}× of vipsthumbnail's thumbnail alone", app_median / summary(&thumbs).0),
    );
}
