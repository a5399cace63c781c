//! The framing layer between the client's byte streams and
//! tower-lsp-server.
//!
//! ```text
//! input ──► FrameReader ──► duplex ──► tower-lsp-server ──► duplex ──┐
//!               │ rejected frames: JSON-RPC errors                   │
//!               └──────────────────────► writer ◄── whole frames ◄───┘
//!                                          │
//!                                          ▼ output
//! ```
//!
//! Only well-formed JSON-RPC messages reach the transport (its decoder
//! stops for good at the first frame it cannot read); a rejected frame is
//! answered with a JSON-RPC error and reading goes on. One writer owns the
//! output and writes whole frames, so an error reply never lands in the
//! middle of one of the server's messages.

use std::future::Future;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, DuplexStream};
use tokio::sync::mpsc;

use super::frame::{Frame, FrameReader};

/// Size of the in-memory pipes to and from the transport.
const PIPE: usize = 1 << 16;

/// The queue of whole frames for the client, made before the server so
/// that the server can hold a [`Direct`] handle to it.
pub struct Frames {
    tx: mpsc::UnboundedSender<Vec<u8>>,
    rx: mpsc::UnboundedReceiver<Vec<u8>>,
}

impl Default for Frames {
    fn default() -> Frames {
        let (tx, rx) = mpsc::unbounded_channel();
        Frames { tx, rx }
    }
}

impl Frames {
    /// A handle for writing messages straight to the client.
    pub fn direct(&self) -> Direct {
        Direct(self.tx.downgrade())
    }
}

/// Writes messages the server serialized itself straight to the client,
/// past tower-lsp-server, which would first turn them into a
/// `serde_json::Value` tree: for a megabyte of diagnostics that costs more
/// than the analysis. Frames go out whole, in the order they are sent,
/// among the transport's own.
#[derive(Clone, Debug)]
pub struct Direct(mpsc::WeakUnboundedSender<Vec<u8>>);

impl Direct {
    /// Sends one JSON-RPC message (its body). False when the writer is
    /// gone, after `exit` or the end of input.
    pub fn send(&self, body: &[u8]) -> bool {
        let Some(tx) = self.0.upgrade() else {
            return false;
        };
        tx.send(framed(body)).is_ok()
    }
}

/// Runs `serve_transport(server_input, server_output)` behind the framing
/// layer, reading the client from `input` and writing to `output`, with
/// `frames` as the queue of what goes out. Returns when the transport
/// returns (on `exit`, or after the input ends), once everything it wrote
/// has reached `output`.
pub async fn guarded<I, O, F>(
    input: I,
    output: O,
    frames: Frames,
    serve_transport: impl FnOnce(DuplexStream, DuplexStream) -> F,
) where
    I: AsyncRead + Unpin,
    O: AsyncWrite + Unpin,
    F: Future<Output = ()>,
{
    let (to_server, server_in) = tokio::io::duplex(PIPE);
    let (server_out, from_server) = tokio::io::duplex(PIPE);
    let Frames {
        tx: frames_tx,
        rx: frames_rx,
    } = frames;

    let transport = serve_transport(server_in, server_out);
    let reading = read_client(input, to_server, frames_tx.clone());
    let relaying = relay_server(from_server, frames_tx);
    let writing = write_frames(output, frames_rx);

    let serving = async {
        tokio::pin!(transport, reading);
        tokio::select! {
            // `exit`: stop reading at once, the client may never close
            // its end
            () = &mut transport => {}
            // end of input: the transport sees it too and winds down
            () = &mut reading => transport.await,
        }
        // dropping `reading` here closes the error replies' channel
    };
    tokio::join!(
        serving,
        async {
            relaying.await;
        },
        writing
    );
}

/// Reads frames from the client: forwards the good ones to the transport,
/// answers the rejected ones.
async fn read_client<I: AsyncRead + Unpin>(
    mut input: I,
    mut to_server: DuplexStream,
    replies: mpsc::UnboundedSender<Vec<u8>>,
) {
    let mut reader = FrameReader::default();
    let mut chunk = vec![0u8; PIPE];
    loop {
        let n = match input.read(&mut chunk).await {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) => {
                tracing::error!("cannot read the client's input: {e}");
                break;
            }
        };
        reader.push(&chunk[..n]);
        while let Some(frame) = reader.next_frame() {
            match frame {
                Frame::Message(body) => {
                    let head = format!("Content-Length: {}\r\n\r\n", body.len());
                    let sent = async {
                        to_server.write_all(head.as_bytes()).await?;
                        to_server.write_all(&body).await
                    };
                    if sent.await.is_err() {
                        return; // the transport is gone (after `exit`)
                    }
                }
                Frame::Rejected(rejected) => {
                    tracing::warn!("dropped a message from the client: {}", rejected.message);
                    if replies.send(encode(&rejected.response())).is_err() {
                        return;
                    }
                }
            }
        }
    }
    if reader.is_mid_frame() {
        tracing::warn!("the client's input ended in the middle of a message");
    }
}

/// Splits the transport's output into whole frames for the writer.
async fn relay_server(mut from_server: DuplexStream, frames: mpsc::UnboundedSender<Vec<u8>>) {
    // The transport's output is trusted; the limit only bounds a bug.
    let mut reader = FrameReader::default();
    let mut chunk = vec![0u8; PIPE];
    loop {
        let n = match from_server.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        reader.push(&chunk[..n]);
        while let Some(frame) = reader.next_frame() {
            let Frame::Message(body) = frame else {
                tracing::error!("the transport wrote a malformed message; dropped");
                continue;
            };
            if frames.send(framed(&body)).is_err() {
                return;
            }
        }
    }
}

async fn write_frames<O: AsyncWrite + Unpin>(
    mut output: O,
    mut frames: mpsc::UnboundedReceiver<Vec<u8>>,
) {
    while let Some(frame) = frames.recv().await {
        if let Err(e) = async {
            output.write_all(&frame).await?;
            output.flush().await
        }
        .await
        {
            tracing::error!("cannot write to the client: {e}");
            return;
        }
    }
}

fn encode(msg: &serde_json::Value) -> Vec<u8> {
    framed(msg.to_string().as_bytes())
}

/// `body` with its `Content-Length` header: one whole message.
fn framed(body: &[u8]) -> Vec<u8> {
    let mut framed = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    framed.extend_from_slice(body);
    framed
}
