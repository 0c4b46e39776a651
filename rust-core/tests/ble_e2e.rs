//! The Bluetooth client end to end, without a radio: a fake BlueZ (BlueZoo on a private
//! D-Bus) with fake cuffs that advertise the Blood Pressure Service and notify frames.
//!
//! Run through `scripts/fake-bluez.sh` (the README's test command does): these tests are
//! ignored by a plain `cargo test` because they need that environment.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

#[path = "bluez/fake_cuff.rs"]
mod fake_cuff;

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kernkracht::ble::{scan, DisconnectReason, Link, LinkEvents, LinkState};
use kernkracht::cuff::CuffProfile;
use kernkracht::store::Store;

use fake_cuff::{FakeCuff, STEP_TIMEOUT};

#[derive(Debug, Clone, PartialEq)]
enum Event {
    Reading(Instant, Option<f64>),
    State(LinkState),
    Refused(u64),
}

/// Records a link's events with their arrival time.
struct Recorder(Mutex<Sender<Event>>);

impl LinkEvents for Recorder {
    fn now_ms(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64)
    }

    fn reading(&self, _at_ms: i64, mmhg: Option<f64>) {
        let _ = self
            .0
            .lock()
            .unwrap()
            .send(Event::Reading(Instant::now(), mmhg));
    }
    fn state(&self, state: LinkState) {
        let _ = self.0.lock().unwrap().send(Event::State(state));
    }
    fn refused(&self, total: u64) {
        let _ = self.0.lock().unwrap().send(Event::Refused(total));
    }
}

fn recorder() -> (Arc<Recorder>, Receiver<Event>) {
    let (tx, rx) = mpsc::channel();
    (Arc::new(Recorder(Mutex::new(tx))), rx)
}

/// Waits for the first event that `wanted` accepts.
fn wait_for(events: &Receiver<Event>, what: &str, wanted: impl Fn(&Event) -> bool) -> Event {
    let deadline = Instant::now() + STEP_TIMEOUT;
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match events.recv_timeout(left) {
            Ok(event) if wanted(&event) => return event,
            Ok(_) => continue,
            Err(_) => break,
        }
    }
    panic!("no {what} within {STEP_TIMEOUT:?}");
}

fn state(wanted: LinkState) -> impl Fn(&Event) -> bool {
    move |event| *event == Event::State(wanted.clone())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// The core's log on standard error (shown with --nocapture), once per test binary.
fn log_to_stderr() {
    kernkracht::api::logging::install_log_sink(
        Arc::new(kernkracht::api::logging::StderrSink),
        kernkracht::api::logging::LogLevel::Debug,
    );
}

fn block_on<T>(future: impl std::future::Future<Output = T>) -> T {
    kernkracht::ble::runtime::runtime().block_on(future)
}

#[test]
#[ignore = "needs the fake BlueZ of scripts/fake-bluez.sh"]
fn scan_pair_stream_drop_reconnect_and_reconnect_a_stored_pairing() {
    log_to_stderr();
    let profile = CuffProfile::default();
    let mut cuff_a = FakeCuff::start("hci1", "Cuff A", None);
    let _cuff_b = FakeCuff::start("hci2", "Cuff B", None);
    let _heart = FakeCuff::start(
        "hci3",
        "Heart rate",
        Some("0000180d-0000-1000-8000-00805f9b34fb"),
    );

    // Only the two cuffs are offered; the user picks.
    let scan_started = Instant::now();
    let found = block_on(scan(&profile, Duration::from_secs(3))).expect("the scan runs");
    let mut names: Vec<_> = found.iter().filter_map(|c| c.name.clone()).collect();
    names.sort();
    assert_eq!(names, ["Cuff A", "Cuff B"], "{found:?}");
    let chosen = found
        .iter()
        .find(|c| c.name.as_deref() == Some("Cuff A"))
        .unwrap();

    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("k.db")).unwrap();
    store.pair_cuff(&chosen.identifier, "Cuff A", 0).unwrap();

    // Connect, subscribe, stream: the readings arrive decoded and in order.
    let (events_out, events) = recorder();
    let link = Link::start(chosen.identifier.clone(), profile, events_out);
    wait_for(&events, "connected", state(LinkState::Connected));
    cuff_a.expect("notifying");
    let mut sent = Vec::new();
    let mut latencies = Vec::new();
    let mut first_reading = None;
    for i in 0..300 {
        let mmhg = 40.0 + f64::from(i) * 0.1;
        let at = Instant::now();
        cuff_a.frame(mmhg);
        sent.push(mmhg);
        let Event::Reading(arrived, value) =
            wait_for(&events, "a reading", |e| matches!(e, Event::Reading(..)))
        else {
            unreachable!()
        };
        first_reading.get_or_insert(arrived - scan_started);
        assert_eq!(
            value.map(|v| (v * 10.0).round() / 10.0),
            Some((mmhg * 10.0).round() / 10.0)
        );
        latencies.push(arrived - at);
        std::thread::sleep(Duration::from_millis(20));
    }
    latencies.sort();
    println!(
        "notification to listener over {} frames: median {:.2} ms, p99 {:.2} ms; scan start to first reading {:.2} s",
        latencies.len(),
        percentile(&latencies, 0.5).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        first_reading.unwrap().as_secs_f64()
    );

    // The cuff goes away mid-stream: the client says so and keeps trying.
    cuff_a.send("drop");
    cuff_a.expect("dropped");
    wait_for(&events, "reconnecting", |e| {
        matches!(e, Event::State(LinkState::Reconnecting { .. }))
    });
    std::thread::sleep(Duration::from_secs(2));
    cuff_a.send("return");
    cuff_a.expect("returned");
    wait_for(&events, "connected again", state(LinkState::Connected));
    cuff_a.expect("notifying");
    cuff_a.frame(55.5);
    let resumed = wait_for(&events, "a reading after the return", |e| {
        matches!(e, Event::Reading(..))
    });
    assert!(matches!(resumed, Event::Reading(_, Some(v)) if (v - 55.5).abs() < 0.05));
    link.stop();
    wait_for(
        &events,
        "stopped",
        state(LinkState::Disconnected {
            reason: DisconnectReason::Stopped,
        }),
    );
    cuff_a.expect("stopped");

    // The stored pairing reconnects without a scan.
    let paired = store.paired_cuff().unwrap().unwrap();
    let (events_out, events) = recorder();
    let link = Link::start(paired.identifier, profile, events_out);
    wait_for(
        &events,
        "connected from the stored pairing",
        state(LinkState::Connected),
    );
    cuff_a.expect("notifying");
    cuff_a.frame(61.0);
    wait_for(
        &events,
        "a reading",
        |e| matches!(e, Event::Reading(_, Some(v)) if (v - 61.0).abs() < 0.05),
    );
    drop(link);
    wait_for(
        &events,
        "stopped by dropping the link",
        state(LinkState::Disconnected {
            reason: DisconnectReason::Stopped,
        }),
    );
}

#[test]
#[ignore = "needs the fake BlueZ of scripts/fake-bluez.sh"]
fn a_misbehaving_cuff_is_counted_merged_and_noticed_when_silent() {
    log_to_stderr();
    let profile = CuffProfile::default();
    let mut cuff = FakeCuff::start("hci4", "Noisy cuff", None);
    let found = block_on(scan(&profile, Duration::from_secs(3))).unwrap();
    let noisy = found
        .iter()
        .find(|c| c.name.as_deref() == Some("Noisy cuff"))
        .expect("found");
    let (events_out, events) = recorder();
    let _link = Link::start(noisy.identifier.clone(), profile, events_out);
    wait_for(&events, "connected", state(LinkState::Connected));
    cuff.expect("notifying");

    // Garbage is refused and counted, never passed on as a reading.
    for garbage in ["ff", "00", "0001", "1000d7f0"] {
        cuff.send(&format!("frame {garbage}"));
    }
    wait_for(&events, "three refusals", |e| *e == Event::Refused(3));

    // A thousand frames a second: the UI gets at most 50 a second.
    let started = Instant::now();
    for i in 0..1000 {
        cuff.frame(30.0 + f64::from(i % 100) * 0.1);
        std::thread::sleep(Duration::from_millis(1));
    }
    cuff.frame(99.9);
    let mut delivered = 0;
    loop {
        match events
            .recv_timeout(STEP_TIMEOUT)
            .expect("the burst's last reading arrives")
        {
            Event::Reading(_, Some(v)) if (v - 99.9).abs() < 0.05 => break,
            Event::Reading(..) => delivered += 1,
            _ => {}
        }
    }
    let burst = started.elapsed();
    let ceiling = (burst.as_secs_f64() * 50.0).ceil() as usize + 2;
    println!(
        "a burst of 1001 frames over {burst:?} became {} readings (ceiling {ceiling})",
        delivered + 1
    );
    assert!(delivered < ceiling, "{delivered} readings in {burst:?}");

    // Silence is noticed.
    wait_for(&events, "silent", state(LinkState::Silent));
    cuff.frame(42.0);
    wait_for(
        &events,
        "connected again after silence",
        state(LinkState::Connected),
    );
}
