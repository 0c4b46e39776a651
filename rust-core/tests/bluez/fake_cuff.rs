//! Drives a fake cuff process (`fake_cuff.py`) on one of BlueZoo's adapters, for the
//! end-to-end tests; started by `scripts/fake-bluez.sh`, which says how to run it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

/// How long a step of an end-to-end test may take.
pub const STEP_TIMEOUT: Duration = Duration::from_secs(20);

/// A fake cuff process on one of BlueZoo's adapters.
pub struct FakeCuff {
    child: Child,
    stdin: ChildStdin,
    said: Receiver<String>,
}

impl FakeCuff {
    pub fn start(adapter: &str, name: &str, service: Option<&str>) -> FakeCuff {
        let command = std::env::var("KERNKRACHT_FAKE_CUFF")
            .expect("run these tests through scripts/fake-bluez.sh");
        let mut parts = command.split_whitespace();
        let mut cmd = Command::new(parts.next().unwrap());
        cmd.args(parts).args([
            "--adapter",
            &format!("/org/bluez/{adapter}"),
            "--name",
            name,
        ]);
        if let Some(service) = service {
            cmd.args(["--service", service]);
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the fake cuff starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, said) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut cuff = FakeCuff { child, stdin, said };
        cuff.expect("ready");
        cuff
    }

    pub fn send(&mut self, command: &str) {
        writeln!(self.stdin, "{command}").unwrap();
        self.stdin.flush().unwrap();
    }

    /// Notifies a live cuff pressure (0x2A36, mmHg, no optional fields). The frame is
    /// written here rather than by the core's encoder, so this helper needs nothing beyond
    /// the public facade and serves the command-line tool's tests too.
    pub fn frame(&mut self, mmhg: f64) {
        // SFLOAT: a 12-bit mantissa in tenths (exponent -1); 0x07FF is "not a number".
        let mantissa = (mmhg * 10.0).round() as i16 as u16 & 0x0FFF;
        let pressure = 0xF000 | mantissa;
        let mut bytes = vec![0x00];
        for value in [pressure, 0x07FF, 0x07FF] {
            bytes.extend(value.to_le_bytes());
        }
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        self.send(&format!("frame {hex}"));
    }

    pub fn expect(&mut self, line: &str) {
        let deadline = Instant::now() + STEP_TIMEOUT;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.said.recv_timeout(left) {
                Ok(said) if said == line => return,
                Ok(_) => continue,
                Err(_) => break,
            }
        }
        panic!("the fake cuff never said {line}");
    }
}

impl Drop for FakeCuff {
    fn drop(&mut self) {
        let _ = writeln!(self.stdin, "quit");
        let _ = self.child.wait();
    }
}
