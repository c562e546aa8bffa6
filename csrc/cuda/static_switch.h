// Run-time value -> compile-time template argument, in one place (as flash-attention's
// static_switch.h): each macro lists the instantiations a kernel is compiled for. Usage:
//
//   FWD_LANES_SWITCH(head_dim, G, [&] { launch<T, G>(...); });
//
// The body is a lambda called with the constant in scope as a `constexpr static` name.
#pragma once

#include <ATen/Dispatch.h>

// The storage dtypes of every tps:: CUDA op (fp32/fp16/bf16 accumulate in fp32, fp64 in fp64).
#define TPS_DISPATCH_FLOAT_TYPES(TYPE, NAME, ...) \
  AT_DISPATCH_FLOATING_TYPES_AND2(at::kHalf, at::kBFloat16, TYPE, NAME, __VA_ARGS__)

#define BOOL_SWITCH(COND, CONST_NAME, ...)      \
  [&] {                                         \
    if (COND) {                                 \
      constexpr static bool CONST_NAME = true;  \
      return __VA_ARGS__();                     \
    } else {                                    \
      constexpr static bool CONST_NAME = false; \
      return __VA_ARGS__();                     \
    }                                           \
  }()

// kv_time_shift given: the window-attention kernels gather k/v through the per-channel frame
// map (KV = true); the KV = false instantiations are the kernels without it, unchanged.
#define KV_SHIFT_SWITCH(HAS_KV_TIME_SHIFT, KV, ...) BOOL_SWITCH(HAS_KV_TIME_SHIFT, KV, __VA_ARGS__)

// Generic forward: G lanes per query row, 32 channels each (kFwdDPT): head_dim <= 32G.
#define FWD_LANES_SWITCH(HEAD_DIM, G, ...) \
  [&] {                                    \
    if ((HEAD_DIM) <= 32) {                \
      constexpr static int G = 1;          \
      return __VA_ARGS__();                \
    } else if ((HEAD_DIM) <= 64) {         \
      constexpr static int G = 2;          \
      return __VA_ARGS__();                \
    } else {                               \
      constexpr static int G = 4;          \
      return __VA_ARGS__();                \
    }                                      \
  }()

// Backward: G lanes per row, 16 channels each (kBwdDPT): head_dim <= 16G.
#define BWD_LANES_SWITCH(HEAD_DIM, G, ...) \
  [&] {                                    \
    if ((HEAD_DIM) <= 32) {                \
      constexpr static int G = 2;          \
      return __VA_ARGS__();                \
    } else if ((HEAD_DIM) <= 64) {         \
      constexpr static int G = 4;          \
      return __VA_ARGS__();                \
    } else {                               \
      constexpr static int G = 8;          \
      return __VA_ARGS__();                \
    }                                      \
  }()

// Tensor-core forward: head_dim exactly 16, 32, 48 or 64 (tc_forward_applies checks it).
#define TC_HEAD_DIM_SWITCH(HEAD_DIM, D, ...) \
  [&] {                                      \
    if ((HEAD_DIM) == 16) {                  \
      constexpr static int D = 16;           \
      return __VA_ARGS__();                  \
    } else if ((HEAD_DIM) == 32) {           \
      constexpr static int D = 32;           \
      return __VA_ARGS__();                  \
    } else if ((HEAD_DIM) == 48) {           \
      constexpr static int D = 48;           \
      return __VA_ARGS__();                  \
    } else {                                 \
      constexpr static int D = 64;           \
      return __VA_ARGS__();                  \
    }                                        \
  }()

// Tensor-core forward: the 16-bit storage types (kHalf, else kBFloat16).
#define TC_DTYPE_SWITCH(SCALAR_TYPE, T, ...) \
  [&] {                                      \
    if ((SCALAR_TYPE) == at::kHalf) {        \
      using T = c10::Half;                   \
      return __VA_ARGS__();                  \
    } else {                                 \
      using T = c10::BFloat16;               \
      return __VA_ARGS__();                  \
    }                                        \
  }()
