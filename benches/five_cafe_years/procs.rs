//! Memory of a process and everything it started (WebKit's web and network processes):
//! PSS from `smaps_rollup` (shared pages counted once across the tree), RSS and the peak
//! RSS from `status`.

use std::collections::HashSet;

/// The process and all its descendants.
pub fn tree(root: u32) -> Vec<u32> {
    let mut parents: Vec<(u32, u32)> = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { continue };
        // The command name may hold spaces and brackets: the fields after the last ')'.
        let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else { continue };
        if let Some(ppid) = rest.split_whitespace().nth(1).and_then(|p| p.parse().ok()) {
            parents.push((pid, ppid));
        }
    }
    let mut found: HashSet<u32> = HashSet::from([root]);
    loop {
        let before = found.len();
        for (pid, ppid) in &parents {
            if found.contains(ppid) {
                found.insert(*pid);
            }
        }
        if found.len() == before {
            break;
        }
    }
    let mut out: Vec<u32> = found.into_iter().collect();
    out.sort();
    out
}

fn field_kb(text: &str, name: &str) -> u64 {
    text.lines().find(|l| l.starts_with(name)).and_then(|l| l.split_whitespace().nth(1)).and_then(|v| v.parse().ok()).unwrap_or(0)
}

/// PSS and RSS of a process tree, in MB.
pub fn tree_memory_mb(root: u32) -> (f64, f64) {
    let (mut pss, mut rss) = (0, 0);
    for pid in tree(root) {
        pss += std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).map(|t| field_kb(&t, "Pss:")).unwrap_or(0);
        // Rss from the same page-table walk as Pss (the status counter misses mappings such
        // as the GPU buffers WebKit shares, so it can read below Pss).
        rss += std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).map(|t| field_kb(&t, "Rss:")).unwrap_or(0);
    }
    (pss as f64 / 1024.0, rss as f64 / 1024.0)
}

/// The highest RSS one process has had, in MB.
pub fn peak_rss_mb(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status")).map(|t| field_kb(&t, "VmHWM:")).unwrap_or(0) as f64 / 1024.0
}

/// RSS and anonymous (heap) RSS of one process, in MB.
pub fn memory_mb(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    (field_kb(&status, "VmRSS:") as f64 / 1024.0, field_kb(&status, "RssAnon:") as f64 / 1024.0)
}

/// Reads a process's memory every 20 ms on a thread of its own, keeping the highest.
pub struct Sampler {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: std::thread::JoinHandle<(f64, f64)>,
}

impl Sampler {
    pub fn start(pid: u32) -> Sampler {
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let (mut rss, mut heap) = (0f64, 0f64);
            while !flag.load(std::sync::atomic::Ordering::Relaxed) {
                let (r, h) = memory_mb(pid);
                rss = rss.max(r);
                heap = heap.max(h);
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            (rss, heap)
        });
        Sampler { stop, thread }
    }

    /// The highest RSS and heap seen, in MB.
    pub fn stop(self) -> (f64, f64) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        self.thread.join().unwrap_or((f64::NAN, f64::NAN))
    }
}
