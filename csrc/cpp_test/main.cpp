// C++ test of the libtorch build (CMakeLists.txt), no Python:
//  1. the shared index header (csrc/include/tps/index.h, also compiled into the CUDA
//     kernels) against independent formulations: torch::roll + view/permute partition +
//     an explicit per-slot temporal shift; source_row is a permutation; region labels
//     induce Swin's slice partition; patch_shift_source's inverse undoes it.
//  2. the tps:: ops reached through the dispatcher (findSchemaOrThrow) on CPU tensors:
//     shapes, softmax/gradient identities, a naive ATen attention, determinism, shift
//     round trips / adjoints.
// Exit status 0 when every check passes.
#include <ATen/ATen.h>
#include <ATen/core/dispatch/Dispatcher.h>

#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "tps/index.h"

#include "dispatch_ops.h"

namespace {

int g_failures = 0, g_checks = 0;

void check(bool ok, const std::string& what) {
  ++g_checks;
  if (!ok) {
    ++g_failures;
    std::printf("FAIL: %s\n", what.c_str());
  }
}

bool close(const at::Tensor& a, const at::Tensor& b, double atol, double rtol) {
  return a.sizes() == b.sizes() && at::allclose(a.to(at::kDouble), b.to(at::kDouble), rtol, atol);
}

// PST pattern C roll amounts (published code), tiled from the window's top-left corner.
int pattern_c(int64_t i, int64_t j) {
  static const int c[3][3] = {{-4, 1, 2}, {-1, 0, 3}, {-2, -3, 4}};
  return c[i % 3][j % 3];
}

at::Tensor frame_shift_map(int64_t wh, int64_t ww, bool on) {
  at::Tensor fs = at::zeros({wh, ww}, at::kInt);
  if (on)
    for (int64_t i = 0; i < wh; ++i)
      for (int64_t j = 0; j < ww; ++j) fs[i][j] = pattern_c(i, j);
  return fs;
}

int64_t pmod(int64_t a, int64_t m) { return ((a % m) + m) % m; }

// ------------------------------------------------------------------ 1. index header

struct VideoCase {
  int64_t B, T, H, W, wt, wh, ww, st, sh, sw;
  bool pshift;
};

tps::Geometry video_geometry(const VideoCase& c) {
  tps::Geometry g{};
  g.batch = c.B;
  g.frames = c.T;
  g.height = c.H;
  g.width = c.W;
  g.wt = c.wt;
  g.wh = c.wh;
  g.ww = c.ww;
  g.st = c.st;
  g.sh = c.sh;
  g.sw = c.sw;
  g.n_t = c.T / c.wt;
  g.n_y = c.H / c.wh;
  g.n_x = c.W / c.ww;
  g.n_slots = c.wt * c.wh * c.ww;
  g.n_windows = c.B * g.n_t * g.n_y * g.n_x;
  g.is_windows_layout = false;
  g.has_region_mask = c.st || c.sh || c.sw;
  return g;
}

void test_video_source_row(const VideoCase& c) {
  const tps::Geometry g = video_geometry(c);
  const at::Tensor fs = frame_shift_map(c.wh, c.ww, c.pshift);
  const int32_t* fsp = c.pshift ? fs.data_ptr<int32_t>() : nullptr;
  // rolled video of row ids (torch.roll semantics, as the published code)
  at::Tensor ids = at::arange(c.B * c.T * c.H * c.W, at::kLong).view({c.B, c.T, c.H, c.W});
  at::Tensor rolled = at::roll(ids, {-c.st, -c.sh, -c.sw}, {1, 2, 3}).contiguous();
  // temporal patch shift of the rolled video: (t, y, x) holds frame t - s(y % wh, x % ww)
  at::Tensor shifted = rolled.clone();
  auto r = rolled.accessor<int64_t, 4>();
  auto s = shifted.accessor<int64_t, 4>();
  for (int64_t b = 0; b < c.B; ++b)
    for (int64_t t = 0; t < c.T; ++t)
      for (int64_t y = 0; y < c.H; ++y)
        for (int64_t x = 0; x < c.W; ++x) {
          const int64_t sft = c.pshift ? pattern_c(y % c.wh, x % c.ww) : 0;
          s[b][t][y][x] = r[b][pmod(t - sft, c.T)][y][x];
        }
  // window partition: windows (b, tau, wy, wx), slots (dt, i, j)
  at::Tensor part = shifted.view({c.B, c.T / c.wt, c.wt, c.H / c.wh, c.wh, c.W / c.ww, c.ww})
                        .permute({0, 1, 3, 5, 2, 4, 6})
                        .reshape({g.n_windows, g.n_slots})
                        .contiguous();
  auto p = part.accessor<int64_t, 2>();
  bool same = true;
  std::vector<int64_t> rows;
  for (int64_t w = 0; w < g.n_windows; ++w)
    for (int64_t n = 0; n < g.n_slots; ++n) {
      const int64_t row = tps::source_row(g, fsp, w, n);
      rows.push_back(row);
      same = same && row == p[w][n];
    }
  const std::string tag =
      "video B" + std::to_string(c.B) + " T" + std::to_string(c.T) + " H" + std::to_string(c.H) +
      " W" + std::to_string(c.W) + " win (" + std::to_string(c.wt) + "," + std::to_string(c.wh) +
      "," + std::to_string(c.ww) + ") shift (" + std::to_string(c.st) + "," + std::to_string(c.sh) +
      "," + std::to_string(c.sw) + ")" + (c.pshift ? " pattern C" : "");
  check(same, "source_row == roll/partition/shift formula: " + tag);
  at::Tensor sorted = std::get<0>(at::tensor(rows, at::kLong).sort());
  check(at::equal(sorted, at::arange((int64_t)rows.size(), at::kLong)),
        "source_row is a permutation: " + tag);

  // region labels: Swin's slices [0, L-w), [L-w, L-s), [L-s, L) per dim, counted in order
  if (g.has_region_mask) {
    at::Tensor img = at::zeros({c.T, c.H, c.W}, at::kLong);
    auto slices = [](int64_t L, int64_t win, int64_t sft) {
      std::vector<std::pair<int64_t, int64_t>> v;
      if (sft > 0)
        v = {{0, L - win}, {L - win, L - sft}, {L - sft, L}};
      else
        v = {{0, L}};
      return v;
    };
    int64_t cnt = 0;
    for (auto [t0, t1] : slices(c.T, c.wt, c.st))
      for (auto [y0, y1] : slices(c.H, c.wh, c.sh))
        for (auto [x0, x1] : slices(c.W, c.ww, c.sw))
          img.slice(0, t0, t1).slice(1, y0, y1).slice(2, x0, x1).fill_(cnt++);
    at::Tensor lab = img.view({c.T / c.wt, c.wt, c.H / c.wh, c.wh, c.W / c.ww, c.ww})
                         .permute({0, 2, 4, 1, 3, 5})
                         .reshape({-1, g.n_slots})
                         .contiguous();
    auto L = lab.accessor<int64_t, 2>();
    const int64_t per_batch = g.n_t * g.n_y * g.n_x;
    bool ok = true;
    for (int64_t w = 0; w < per_batch; ++w)
      for (int64_t n = 0; n < g.n_slots; ++n)
        for (int64_t m = 0; m < g.n_slots; ++m) {
          const bool swin_same = L[w][n] == L[w][m];
          const bool ours_same = tps::region_label(g, w, n) == tps::region_label(g, w, m);
          ok = ok && swin_same == ours_same;
        }
    check(ok, "region_label partitions slots as Swin's slices: " + tag);
  }
}

void test_windows_source_row(int64_t B, int64_t T, int64_t nW, int64_t wt, int64_t wh, int64_t ww) {
  tps::Geometry g{};
  g.batch = B;
  g.frames = T;
  g.wt = wt;
  g.wh = wh;
  g.ww = ww;
  g.n_t = T / wt;
  g.n_y = nW;
  g.n_x = 1;
  g.n_slots = wt * wh * ww;
  g.height = nW * wh;
  g.width = ww;
  g.n_windows = B * g.n_t * nW;
  g.is_windows_layout = true;
  const at::Tensor fs = frame_shift_map(wh, ww, true);
  const int64_t N = g.n_slots;
  // windows (b, tau, s) x slots (dt, i, j) -> frames (b, t, s, i, j)
  at::Tensor ids = at::arange(g.n_windows * N, at::kLong);
  at::Tensor frames = ids.view({B, g.n_t, nW, wt, wh, ww})
                          .permute({0, 1, 3, 2, 4, 5})
                          .reshape({B, T, nW, wh, ww})
                          .contiguous();
  at::Tensor shifted = frames.clone();
  auto f = frames.accessor<int64_t, 5>();
  auto s = shifted.accessor<int64_t, 5>();
  for (int64_t b = 0; b < B; ++b)
    for (int64_t t = 0; t < T; ++t)
      for (int64_t w = 0; w < nW; ++w)
        for (int64_t i = 0; i < wh; ++i)
          for (int64_t j = 0; j < ww; ++j)
            s[b][t][w][i][j] = f[b][pmod(t - pattern_c(i, j), T)][w][i][j];
  at::Tensor back = shifted.view({B, g.n_t, wt, nW, wh, ww})
                        .permute({0, 1, 3, 2, 4, 5})
                        .reshape({g.n_windows, N})
                        .contiguous();
  auto p = back.accessor<int64_t, 2>();
  bool same = true;
  for (int64_t w = 0; w < g.n_windows; ++w)
    for (int64_t n = 0; n < N; ++n)
      same = same && tps::source_row(g, fs.data_ptr<int32_t>(), w, n) == p[w][n];
  const std::string tag = "windows B" + std::to_string(B) + " T" + std::to_string(T) + " nW" +
                          std::to_string(nW) + " win (" + std::to_string(wt) + "," +
                          std::to_string(wh) + "," + std::to_string(ww) + ") pattern C";
  check(same, "source_row == frames/shift/windows formula: " + tag);

  // patch_shift_source: permutation, and the inverse map undoes it
  bool inv_ok = true;
  std::vector<int64_t> fwd(g.n_windows * N);
  for (int64_t r = 0; r < g.n_windows * N; ++r) {
    fwd[r] = tps::patch_shift_source(g, fs.data_ptr<int32_t>(), wh, ww, false, r);
    // slot r holds frame t - s; the inverse at that source row brings back r
    inv_ok =
        inv_ok && tps::patch_shift_source(g, fs.data_ptr<int32_t>(), wh, ww, true, fwd[r]) == r;
  }
  check(inv_ok, "patch_shift_source inverse undoes the shift: " + tag);
  // in the windows layout, the shift alone equals source_row of the same slot
  bool match = true;
  for (int64_t w = 0; w < g.n_windows; ++w)
    for (int64_t n = 0; n < N; ++n) match = match && fwd[w * N + n] == p[w][n];
  check(match, "patch_shift_source == source_row (windows layout, no roll): " + tag);
}

void test_channel_shift_offset() {
  // head_dim 32, fold 4, T 5: [0, 4) from t-1, [4, 8) from t+1, rest 0, edges keep their own
  bool ok = true;
  for (int64_t t = 0; t < 5; ++t)
    for (int64_t c = 0; c < 64; ++c) {
      const int64_t k = c % 32;
      const int want = k < 4 ? (t > 0 ? -1 : 0) : (k < 8 ? (t < 4 ? 1 : 0) : 0);
      ok = ok && tps::channel_shift_offset(c, 32, 4, t, 5) == want;
    }
  check(ok, "channel_shift_offset matches TCS (fold 4, non-cyclic)");
}

// ------------------------------------------------------------------ 2. ops via dispatcher

using namespace tps_test;  // OptT, FwdSig/BwdSig/PatchSig/ChanSig, op<Sig>()

// Naive attention (no roll, no patch shift): partition, q k^T * scale + bias, softmax, @ v.
at::Tensor naive_attention(const at::Tensor& qkv, const at::Tensor& table, const at::Tensor& index,
                           int64_t heads, int64_t wh, int64_t ww, double scale) {
  const int64_t B = qkv.size(0), T = qkv.size(1), H = qkv.size(2), W = qkv.size(3);
  const int64_t C = qkv.size(4) / 3, hd = C / heads, N = wh * ww;
  at::Tensor x = qkv.view({B, T, H / wh, wh, W / ww, ww, 3 * C})
                     .permute({0, 1, 2, 4, 3, 5, 6})
                     .reshape({-1, N, 3, heads, hd})
                     .permute({2, 0, 3, 1, 4});
  at::Tensor q = x[0], k = x[1], v = x[2];
  at::Tensor bias =
      table.index_select(0, index[0].reshape(-1)).view({N, N, heads}).permute({2, 0, 1});
  at::Tensor attn = at::softmax(at::matmul(q * scale, k.transpose(-2, -1)) + bias, -1);
  at::Tensor o = at::matmul(attn, v).transpose(1, 2).reshape({B, T, H / wh, W / ww, wh, ww, C});
  return o.permute({0, 1, 2, 4, 3, 5, 6}).reshape({B, T, H, W, C});
}

// Every tps:: op has a CPU kernel, and a CUDA kernel in a TPS_WITH_CUDA build.
void test_registrations() {
  for (const char* name : {"tps::window_attention_fwd", "tps::window_attention_bwd",
                           "tps::patch_shift", "tps::channel_shift"}) {
    const auto handle = c10::Dispatcher::singleton().findSchemaOrThrow(name, "");
    check(handle.hasKernelForDispatchKey(c10::DispatchKey::CPU),
          std::string(name) + " has a CPU kernel");
#ifdef TPS_EXPECT_CUDA_KERNELS
    check(handle.hasKernelForDispatchKey(c10::DispatchKey::CUDA),
          std::string(name) + " has a CUDA kernel (TPS_WITH_CUDA build)");
#endif
  }
}

void test_ops_cpu() {
  auto fwd = op<FwdSig>("tps::window_attention_fwd");
  auto bwd = op<BwdSig>("tps::window_attention_bwd");
  auto patch = op<PatchSig>("tps::patch_shift");
  auto chan = op<ChanSig>("tps::channel_shift");
  at::manual_seed(0);
  const int64_t B = 1, T = 4, H = 14, W = 14, heads = 2, hd = 16, C = heads * hd;
  const std::vector<int64_t> window = {1, 7, 7}, shift = {0, 3, 3}, no_shift = {0, 0, 0};
  const int64_t N = 49, R = 169;
  const double scale = 1.0 / std::sqrt((double)hd);
  at::Tensor qkv = at::randn({B, T, H, W, 3 * C}, at::kFloat);
  at::Tensor table = at::randn({R, heads}, at::kFloat);
  at::Tensor index = at::randint(0, R, {T, N, N}, at::kLong);
  at::Tensor fs = frame_shift_map(7, 7, true);

  // shapes, finiteness
  auto [out, lse] = fwd.call(qkv, table, index, fs, std::nullopt, heads, window, shift, B, T, scale,
                             -100.0, std::nullopt, "zero");
  check(out.sizes() == at::IntArrayRef({B, T, H, W, C}), "fwd out shape");
  check(lse.sizes() == at::IntArrayRef({B * T * 4, heads, N}) && lse.scalar_type() == at::kFloat,
        "fwd lse shape/dtype (windows, heads, N) float32");
  check(at::isfinite(out).all().item<bool>() && at::isfinite(lse).all().item<bool>(),
        "fwd outputs finite");

  // softmax rows sum to 1: constant V -> constant output at every (permuted) row
  at::Tensor qkv_c = qkv.clone();
  qkv_c.narrow(4, 2 * C, C).fill_(0.5);
  at::Tensor out_c = std::get<0>(fwd.call(qkv_c, table, index, fs, std::nullopt, heads, window,
                                          shift, B, T, scale, -100.0, std::nullopt, "zero"));
  check(close(out_c, at::full_like(out_c, 0.5), 1e-5, 1e-5), "constant V gives constant output");

  // q = 0, no bias/mask: lse = log(N)
  at::Tensor qkv_z = qkv.clone();
  qkv_z.narrow(4, 0, C).zero_();
  at::Tensor lse_z =
      std::get<1>(fwd.call(qkv_z, std::nullopt, std::nullopt, fs, std::nullopt, heads, window,
                           no_shift, B, T, scale, -100.0, std::nullopt, "zero"));
  check(close(lse_z, at::full_like(lse_z, std::log((double)N)), 1e-5, 1e-5),
        "q = 0 gives lse = log(N)");

  // naive ATen attention (no roll / patch shift, one bias plane)
  at::Tensor index1 = index.narrow(0, 0, 1).contiguous();
  at::Tensor out_n =
      std::get<0>(fwd.call(qkv, table, index1, std::nullopt, std::nullopt, heads, window, no_shift,
                           B, T, scale, -100.0, std::nullopt, "zero"));
  check(close(out_n, naive_attention(qkv, table, index1, heads, 7, 7, scale), 1e-5, 1e-4),
        "fwd == naive ATen attention (bias, no shift)");

  // backward identities: sum_j dV_j = sum_i dO_i and sum_j dK_j = 0 per window/head/channel
  // (rows of P sum to 1, rows of dS sum to 0); the table gradient sums to 0 per head.
  at::Tensor go = at::randn_like(out);
  auto [gq, gt] = bwd.call(go, qkv, out, lse, table, index, fs, std::nullopt, heads, window, shift,
                           B, T, scale, -100.0, std::nullopt, "zero");
  check(gq.sizes() == qkv.sizes() && gt.sizes() == table.sizes(), "bwd gradient shapes");
  check(at::isfinite(gq).all().item<bool>() && at::isfinite(gt).all().item<bool>(),
        "bwd gradients finite");
  at::Tensor dv_sum = gq.narrow(4, 2 * C, C).sum({0, 1, 2, 3});
  check(close(dv_sum, go.sum({0, 1, 2, 3}), 1e-3, 1e-4), "sum of dV equals sum of dO");
  check(close(gq.narrow(4, C, C).sum({0, 1, 2, 3}), at::zeros({C}), 1e-3, 0), "sum of dK is zero");
  check(close(gt.sum(0), at::zeros({heads}), 1e-3, 0), "table gradient sums to zero per head");
  auto [gq2, gt2] = bwd.call(go, qkv, out, lse, table, index, fs, std::nullopt, heads, window,
                             shift, B, T, scale, -100.0, std::nullopt, "zero");
  check(at::equal(gq, gq2) && at::equal(gt, gt2), "bwd is bitwise deterministic");

  // patch_shift: inverse undoes it; channel_shift: backward is the adjoint
  at::Tensor x = at::randn({2, 5, 14, 7, 24}, at::kDouble);
  at::Tensor y = patch.call(x, fs, false, 2, 5);
  check(!at::equal(y, x) && at::equal(patch.call(y, fs, true, 2, 5), x),
        "patch_shift then inverse is the identity");
  at::Tensor cx = chan.call(x, 3, 8, 2, 5, false);
  at::Tensor g2 = at::randn_like(x);
  at::Tensor cg = chan.call(g2, 3, 8, 2, 5, true);
  check(std::abs((cx * g2).sum().item<double>() - (x * cg).sum().item<double>()) < 1e-9,
        "channel_shift backward is the adjoint of forward");
}

}  // namespace

int main() {
  try {
    for (const VideoCase& c : std::vector<VideoCase>{{1, 4, 14, 14, 1, 7, 7, 0, 3, 3, true},
                                                     {2, 4, 14, 7, 1, 7, 7, 0, 0, 0, false},
                                                     {1, 4, 8, 8, 2, 4, 4, 1, 2, 2, false},
                                                     {1, 4, 7, 7, 2, 7, 7, 1, 3, 3, true},
                                                     {3, 2, 6, 10, 1, 3, 5, 0, 1, 2, true},
                                                     {1, 8, 14, 14, 8, 7, 7, 4, 3, 3, false}})
      test_video_source_row(c);
    test_windows_source_row(1, 4, 4, 1, 7, 7);
    test_windows_source_row(2, 4, 2, 2, 4, 4);
    test_channel_shift_offset();
    test_registrations();
    test_ops_cpu();
  } catch (const std::exception& e) {
    std::printf("FAIL: exception: %s\n", e.what());
    ++g_failures;
  }
  std::printf("%d checks, %d failed\n", g_checks, g_failures);
  return g_failures == 0 ? 0 : 1;
}
