//! The browser entry point: wasm-bindgen runs `main` once the module is instantiated.

fn main() {
    #[cfg(target_arch = "wasm32")]
    joint_intake::host::boot();
}
