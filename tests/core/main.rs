//! Integration tests of the Mestre core: one binary, one module per domain.

mod support;
mod support_cafe;

mod audio;
mod captions;
mod competence;
mod content;
mod diary;
mod fridge;
mod i18n;
mod login;
mod media;
mod privacy;
mod recipes;
mod review;
mod setup;
mod storage;
mod sync_attacks;
mod sync_convergence;
mod sync_model;
mod sync_net;
mod trust;
mod types;
mod voices;
mod words;
