//! A live screen on a terminal: a block of a fixed number of lines redrawn in place with
//! ANSI cursor movements, each line cut to the width, so the block never grows and never
//! scrolls the terminal, however often it is redrawn. Text meant to stay (an exercise's
//! description) is printed above the block.

use std::io::Write;

use crate::text::fit;

pub struct LiveBlock {
    height: usize,
    width: usize,
    /// Whether the block is on screen, with the cursor on the line below it.
    drawn: bool,
}

impl LiveBlock {
    pub fn new(height: usize, width: usize) -> LiveBlock {
        LiveBlock {
            height,
            width,
            drawn: false,
        }
    }

    /// Draws `lines` over the block drawn before: missing lines are blank, extra ones are
    /// left out, long ones are cut.
    pub fn draw(&mut self, lines: &[String]) {
        let mut out = std::io::stdout().lock();
        let mut text = String::new();
        if self.drawn {
            text += &format!("\x1b[{}A", self.height);
        }
        for i in 0..self.height {
            let line = lines.get(i).map_or(String::new(), |l| fit(l, self.width));
            text += &format!("\r\x1b[2K{line}\n");
        }
        let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
        self.drawn = true;
    }

    /// Prints `lines` where the block was; the next [`draw`](Self::draw) starts below them.
    pub fn print_above(&mut self, lines: &[String]) {
        let mut out = std::io::stdout().lock();
        if self.drawn {
            let _ = write!(out, "\x1b[{}A\r\x1b[J", self.height);
            self.drawn = false;
        }
        for line in lines {
            let _ = writeln!(out, "{line}");
        }
        let _ = out.flush();
    }
}
