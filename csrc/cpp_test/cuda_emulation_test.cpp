// Executes the CUDA kernels' own source (csrc/cuda/*.cu, with TPS_CUDA_EMULATION: blocks in
// turn, CUDA threads as fibers switched at every __syncthreads; see csrc/cuda/emulation.h)
// on CPU tensors and compares forward, gradients and the shift ops with the CPU kernels
// (reached through the dispatcher; they are tested against the PyTorch reference in Python).
// This is how CI checks the CUDA algorithms (tiling, online softmax, the two backward passes,
// the deterministic dTable reduction, index math) without a GPU. Exit status 0 = all pass.
// kv_time_shift is checked against the shift computed another way (kv_frames_* below: an
// explicit frame gather / its scatter-add adjoint in ATen, not the index.h functions the
// kernels use) around the CPU kernels run without it.
#define TPS_CUDA_EMULATION 1
#include "../cuda/shifts.cu"
#include "../cuda/window_attention_bwd.cu"
#include "../cuda/window_attention_fwd.cu"
#include "../cuda/window_attention_fwd_tc.cu"

#include <ATen/core/dispatch/Dispatcher.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "dispatch_ops.h"

namespace {

int g_failures = 0, g_checks = 0;

void check_close(const std::string& what, const at::Tensor& got, const at::Tensor& want,
                 double atol, double rtol) {
  ++g_checks;
  const at::Tensor g = got.to(at::kDouble), w = want.to(at::kDouble);
  bool ok = g.sizes() == w.sizes() && !at::isnan(g).any().item<bool>();
  double err = 0;
  if (ok) {
    err = ((g - w).abs() - rtol * w.abs()).max().item<double>();
    ok = err <= atol;
  }
  if (!ok) {
    ++g_failures;
    std::printf("FAIL: %s (max |got-want| - rtol*|want| = %g > atol %g%s)\n", what.c_str(), err,
                atol, at::isnan(g).any().item<bool>() ? ", NaN present" : "");
  } else {
    std::printf("ok:   %s\n", what.c_str());
  }
}

using namespace tps_test;  // OptT, FwdSig/BwdSig/PatchSig/ChanSig, op<Sig>()

at::Tensor pattern_c(int64_t wh, int64_t ww) {
  static const int c[3][3] = {{-4, 1, 2}, {-1, 0, 3}, {-2, -3, 4}};
  at::Tensor fs = at::empty({wh, ww}, at::kInt);
  for (int64_t i = 0; i < wh; ++i)
    for (int64_t j = 0; j < ww; ++j) fs[i][j] = c[i % 3][j % 3];
  return fs;
}

struct Case {
  std::string id;
  bool video;
  int64_t B, T, H, W, heads, hd, wt, wh, ww, st, sh, sw;
  bool pshift;
  int bias_planes;  // 0: no bias, 1: Ti = 1, 2: Ti = T / wt
  bool mask;        // windows layout only
};

// ---- the key/value time shift, computed another way
// x (qkv-shaped rows, any channel count) as (B', T, P, ch) with the frame axis 1: video
// (B, T, H, W, ch) -> (B, T, H*W, ch); windows (B*nT*nW, N, ch) -> (B*nW, T, wh*ww, ch).
at::Tensor kv_frames_view(const Case& c, const at::Tensor& x) {
  const int64_t ch = x.size(-1), area = c.wh * c.ww, nW = (c.H / c.wh) * (c.W / c.ww);
  if (c.video) return x.reshape({c.B, c.T, c.H * c.W, ch});
  return x.reshape({c.B, c.T / c.wt, nW, c.wt, area, ch})
      .permute({0, 2, 1, 3, 4, 5})
      .reshape({c.B * nW, c.T, area, ch});
}

// The inverse of kv_frames_view, back to the shape of `like`.
at::Tensor kv_frames_unview(const Case& c, const at::Tensor& f, const at::Tensor& like) {
  if (c.video) return f.reshape(like.sizes());
  const int64_t ch = f.size(-1), area = c.wh * c.ww, nW = (c.H / c.wh) * (c.W / c.ww);
  return f.reshape({c.B, nW, c.T / c.wt, c.wt, area, ch})
      .permute({0, 2, 1, 3, 4, 5})
      .reshape(like.sizes());
}

// Source frame index (T, 2C) of the k|v channels and whether it is read (zero boundary).
std::pair<at::Tensor, at::Tensor> kv_frames_source(const Case& c, const at::Tensor& d,
                                                   const std::string& boundary) {
  const int64_t C = d.size(0);
  at::Tensor src = at::empty({c.T, 2 * C}, at::kLong), valid = at::ones({c.T, 2 * C}, at::kDouble);
  for (int64_t t = 0; t < c.T; ++t) {
    for (int64_t ch = 0; ch < 2 * C; ++ch) {
      int64_t f = t + d[ch % C].item<int64_t>();
      if (f < 0 || f >= c.T) {
        if (boundary == "zero") valid[t][ch] = 0.0;
        f = boundary == "cyclic" ? ((f % c.T) + c.T) % c.T : t;
      }
      src[t][ch] = f;
    }
  }
  return {src, valid};
}

// adjoint = false: qkv with its k|v channel c of frame t taken from frame t + d[c] (the
// forward's input); true: the adjoint, a gradient w.r.t. that shifted qkv -> w.r.t. qkv
// (the gather's scatter-add).
at::Tensor kv_frames_shift(const Case& c, const at::Tensor& x, const at::Tensor& d,
                           const std::string& boundary, bool adjoint) {
  const int64_t C = d.size(0);
  auto [src, valid] = kv_frames_source(c, d, boundary);
  const at::Tensor f = kv_frames_view(c, x);
  const at::Tensor idx = src.view({1, c.T, 1, 2 * C}).expand({f.size(0), c.T, f.size(2), 2 * C});
  const at::Tensor read = valid.view({1, c.T, 1, 2 * C});
  const at::Tensor kv =
      adjoint ? at::zeros(idx.sizes(), f.options()).scatter_add(1, idx, f.slice(3, C) * read)
              : f.slice(3, C).gather(1, idx) * read;
  return kv_frames_unview(c, at::cat({f.slice(3, 0, C), kv}, 3), x);
}

// A (C,) map with runs of equal offset per head (X-ViT style: +1, -1, 0 quarters) broken by
// a few channels of other offsets (mixed 16-byte chunks); `seed` varies it.
at::Tensor kv_map(const Case& c, int seed) {
  const int64_t C = c.heads * c.hd;
  at::Tensor d = at::empty({C}, at::kInt);
  for (int64_t ch = 0; ch < C; ++ch) {
    const int64_t e = ch % c.hd;
    int v = e < c.hd / 4 ? 1 : (e < c.hd / 2 ? -1 : 0);
    if ((ch * 7 + seed) % 11 == 0) v = (int)((ch + seed) % (2 * c.T - 1)) - (int)(c.T - 1);
    d[ch] = v;
  }
  return d;
}

struct KvCase {
  at::Tensor d;  // int32 (C,)
  std::string boundary;
};

void run_case(const Case& c, at::ScalarType dtype, double atol, double rtol,
              const std::string& variant = "", const std::optional<KvCase>& kv = std::nullopt) {
  at::manual_seed(7);
  const int64_t C = c.heads * c.hd, N = c.wt * c.wh * c.ww, nT = c.T / c.wt;
  const int64_t nW = (c.H / c.wh) * (c.W / c.ww);
  at::Tensor qkv64 = c.video ? at::randn({c.B, c.T, c.H, c.W, 3 * C}, at::kDouble)
                             : at::randn({c.B * nT * nW, N, 3 * C}, at::kDouble);
  OptT fs = c.pshift ? OptT(pattern_c(c.wh, c.ww)) : std::nullopt;
  OptT table, index, mask;
  if (c.bias_planes) {
    const int64_t R = 50 + N;
    table = at::randn({R, c.heads}, at::kDouble);
    index = at::randint(0, R, {c.bias_planes == 1 ? 1 : nT, N, N}, at::kLong);
  }
  if (c.mask) {
    at::Tensor m = at::randn({nW, N, N}, at::kDouble);
    mask = m.masked_fill(at::rand({nW, N, N}) < 0.3, -100.0);
  }
  const std::vector<int64_t> window = {c.wt, c.wh, c.ww}, shift = {c.st, c.sh, c.sw};
  const double scale = 1.0 / std::sqrt((double)c.hd);
  auto cast = [&](const OptT& t) { return t ? OptT(t->to(dtype)) : std::nullopt; };
  at::Tensor qkv = qkv64.to(dtype);
  std::string tag = c.id + " " + std::string(c10::toString(dtype)) + variant;
  const OptT kv_d = kv ? OptT(kv->d) : std::nullopt;
  const std::string kv_b = kv ? kv->boundary : "zero";
  if (kv) tag += " kv_time_shift " + kv_b;

  // expected: CPU kernels in float64 (the CPU backend is checked against the reference), on
  // the explicitly shifted qkv when kv_time_shift is given
  const at::Tensor qkv_in = kv ? kv_frames_shift(c, qkv64, kv->d, kv_b, false) : qkv64;
  auto [out_w, lse_w] = op<FwdSig>("tps::window_attention_fwd")
                            .call(qkv_in, table, index, fs, mask, c.heads, window, shift, c.B, c.T,
                                  scale, -100.0, std::nullopt, "zero");
  at::Tensor go64 = at::randn_like(out_w);
  auto [gq_w, gt_w] = op<BwdSig>("tps::window_attention_bwd")
                          .call(go64, qkv_in, out_w, lse_w, table, index, fs, mask, c.heads, window,
                                shift, c.B, c.T, scale, -100.0, std::nullopt, "zero");
  if (kv) gq_w = kv_frames_shift(c, gq_w, kv->d, kv_b, true);

  // emulated CUDA kernels, in `dtype`
  auto [out, lse] =
      tps::cuda::window_attention_fwd_kernel(qkv, cast(table), index, fs, cast(mask), c.heads,
                                             window, shift, c.B, c.T, scale, -100.0, kv_d, kv_b);
  check_close("fwd out  " + tag, out, out_w, atol, rtol);
  check_close("fwd lse  " + tag, lse, lse_w, atol * 10, rtol);
  at::Tensor go = go64.to(dtype);
  auto [gq, gt] = tps::cuda::window_attention_bwd_kernel(go, qkv, out, lse, cast(table), index, fs,
                                                         cast(mask), c.heads, window, shift, c.B,
                                                         c.T, scale, -100.0, kv_d, kv_b);
  check_close("bwd dqkv " + tag, gq, gq_w, atol, rtol);
  if (c.bias_planes) {
    const double s = std::max(1.0, gt_w.abs().max().item<double>());
    check_close("bwd dtab " + tag, gt, gt_w, atol * s, rtol);
  }
}

// kv_time_shift = 0 everywhere: the KV kernels give exactly what the kernels without it give.
void run_kv_zero_map(const Case& c, at::ScalarType dtype) {
  at::manual_seed(11);
  const int64_t C = c.heads * c.hd, N = c.wt * c.wh * c.ww, nT = c.T / c.wt;
  const int64_t nW = (c.H / c.wh) * (c.W / c.ww);
  const at::Tensor qkv =
      (c.video ? at::randn({c.B, c.T, c.H, c.W, 3 * C}) : at::randn({c.B * nT * nW, N, 3 * C}))
          .to(dtype);
  const OptT fs = c.pshift ? OptT(pattern_c(c.wh, c.ww)) : std::nullopt;
  const std::vector<int64_t> window = {c.wt, c.wh, c.ww}, shift = {c.st, c.sh, c.sw};
  const OptT zero = at::zeros({C}, at::kInt);
  const std::string tag = c.id + " " + std::string(c10::toString(dtype));
  auto [out0, lse0] = tps::cuda::window_attention_fwd_kernel(
      qkv, std::nullopt, std::nullopt, fs, std::nullopt, c.heads, window, shift, c.B, c.T, 0.25,
      -100.0, std::nullopt, "zero");
  auto [out1, lse1] = tps::cuda::window_attention_fwd_kernel(qkv, std::nullopt, std::nullopt, fs,
                                                             std::nullopt, c.heads, window, shift,
                                                             c.B, c.T, 0.25, -100.0, zero, "self");
  check_close("kv_time_shift = 0 fwd out (bitwise) " + tag, out1, out0, 0, 0);
  const at::Tensor go = at::randn_like(out0);
  auto [gq0, gt0] = tps::cuda::window_attention_bwd_kernel(
      go, qkv, out0, lse0, std::nullopt, std::nullopt, fs, std::nullopt, c.heads, window, shift,
      c.B, c.T, 0.25, -100.0, std::nullopt, "zero");
  auto [gq1, gt1] = tps::cuda::window_attention_bwd_kernel(
      go, qkv, out0, lse0, std::nullopt, std::nullopt, fs, std::nullopt, c.heads, window, shift,
      c.B, c.T, 0.25, -100.0, zero, "self");
  check_close("kv_time_shift = 0 bwd dqkv (bitwise) " + tag, gq1, gq0, 0, 0);
}

void run_shifts(at::ScalarType dtype) {
  at::manual_seed(3);
  const at::Tensor fs = pattern_c(7, 7);
  auto patch = op<PatchSig>("tps::patch_shift");
  auto chan = op<ChanSig>("tps::channel_shift");
  const std::string dt = c10::toString(dtype);
  for (bool video : {true, false}) {
    at::Tensor x =
        video ? at::randn({2, 5, 14, 7, 24}).to(dtype) : at::randn({2 * 5 * 2, 49, 24}).to(dtype);
    const std::string tag = std::string(video ? "video " : "windows ") + dt;
    for (bool inv : {false, true})
      check_close(std::string("patch_shift") + (inv ? " inverse " : " ") + tag,
                  tps::cuda::patch_shift_kernel(x, fs, inv, 2, 5), patch.call(x, fs, inv, 2, 5), 0,
                  0);
    for (bool bwd : {false, true})
      check_close(std::string("channel_shift") + (bwd ? " backward " : " ") + tag,
                  tps::cuda::channel_shift_kernel(x, 3, 8, 2, 5, bwd),
                  chan.call(x, 3, 8, 2, 5, bwd), 0, 0);
  }
  // odd channel count: the non-vectorized patch_shift path
  at::Tensor x = at::randn({1, 4, 7, 7, 5}).to(dtype);
  check_close("patch_shift scalar path " + dt, tps::cuda::patch_shift_kernel(x, fs, false, 1, 4),
              patch.call(x, fs, false, 1, 4), 0, 0);
}

}  // namespace

int main(int argc, char** argv) {
  setenv("TPS_POISON_OUTPUTS", "1", 1);  // unwritten outputs would be NaN
  const bool quick = argc > 1 && std::string(argv[1]) == "--quick";
  // id, video, B, T, H, W, heads, hd, wt, wh, ww, st, sh, sw, pshift, bias planes, mask
  const std::vector<Case> cases = {
      {"video_pst_odd", true, 1, 4, 14, 14, 2, 16, 1, 7, 7, 0, 3, 3, true, 2, false},
      {"video_pst_even_hd32", true, 2, 2, 7, 14, 2, 32, 1, 7, 7, 0, 0, 0, false, 2, false},
      {"windows_mask_wt2", false, 1, 4, 8, 8, 2, 16, 2, 4, 4, 0, 0, 0, true, 1, true},
      {"windows_mask_nobias", false, 2, 2, 14, 7, 1, 16, 1, 7, 7, 0, 0, 0, true, 0, true},
      {"video_hd64", true, 1, 2, 7, 7, 1, 64, 1, 7, 7, 0, 0, 0, true, 2, false},
      {"video_hd100_3d", true, 1, 4, 8, 8, 1, 100, 2, 4, 4, 1, 2, 2, false, 2, false},
      {"video_swin_8x7x7", true, 1, 8, 7, 7, 1, 32, 8, 7, 7, 4, 3, 3, false, 1, false},
      // ViT-B/16 frames as windows: 196 patches + class token, head_dim 64
      {"vit_1x1x197", false, 1, 4, 1, 197, 2, 64, 1, 1, 197, 0, 0, 0, true, 1, true},
  };
  const char* boundaries[] = {"zero", "self", "cyclic"};
  try {
    for (size_t k = 0; k < cases.size(); ++k) {
      const Case& c = cases[k];
      run_case(c, at::kDouble, 1e-10, 1e-8);
      run_case(c, at::kFloat, 2e-5, 2e-5);
      if (quick && k > 0) continue;
      // fp16/bf16 forward: the tensor-core (WMMA) kernel where it applies, and the generic one
      for (const char* tc : {"1", "0"}) {
        setenv("TPS_CUDA_TENSOR_CORES", tc, 1);
        const std::string variant = tc[0] == '1' ? " (tensor cores if N<=64)" : " (generic)";
        run_case(c, at::kHalf, 1e-2, 1e-2, variant);
        run_case(c, at::kBFloat16, 6e-2, 6e-2, variant);
      }
      unsetenv("TPS_CUDA_TENSOR_CORES");
    }
    // kv_time_shift: every case and boundary in float64 and float32, fp16/bf16 (tensor-core
    // and generic forward) with one boundary per case
    for (size_t k = 0; k < cases.size(); ++k) {
      const Case& c = cases[k];
      for (int b = 0; b < 3; ++b) {
        const KvCase kv{kv_map(c, b), boundaries[b]};
        run_case(c, at::kDouble, 1e-10, 1e-8, "", kv);
        run_case(c, at::kFloat, 2e-5, 2e-5, "", kv);
      }
      if (quick && k > 0) continue;
      const KvCase kv{kv_map(c, 5), boundaries[k % 3]};
      for (const char* tc : {"1", "0"}) {
        setenv("TPS_CUDA_TENSOR_CORES", tc, 1);
        const std::string variant = tc[0] == '1' ? " (tensor cores if N<=64)" : " (generic)";
        run_case(c, at::kHalf, 1e-2, 1e-2, variant, kv);
        run_case(c, at::kBFloat16, 6e-2, 6e-2, variant, kv);
      }
      unsetenv("TPS_CUDA_TENSOR_CORES");
    }
    run_kv_zero_map(cases[0], at::kFloat);
    run_kv_zero_map(cases[2], at::kHalf);
    run_shifts(at::kFloat);
    run_shifts(at::kHalf);
  } catch (const std::exception& e) {
    std::printf("FAIL: exception: %s\n", e.what());
    ++g_failures;
  }
  std::printf("%d checks, %d failed\n", g_checks, g_failures);
  return g_failures == 0 ? 0 : 1;
}
