// Generated from the Rust core by `cargo test` (MESTRE_BLESS=1 rewrites it). Do not edit.

import type { Commands } from './types';

/** Invokes one Tauri command with JSON arguments, or with bytes as the request body. */
export type Invoke = <T>(command: string, args?: Record<string, unknown> | Uint8Array) => Promise<T>;

/** Every command of the core, over Tauri. */
export function tauriCommands(invoke: Invoke): Commands {
  return {
    appState: () => invoke('app_state'),
    firstScreenShown: (screen, pageMs) => invoke('first_screen_shown', { screen, pageMs }),
    setDeviceLanguage: (tag) => invoke('set_device_language', { tag }),
    setupCafe: (setup) => invoke('setup_cafe', { setup }),
    people: () => invoke('people'),
    loginWithPin: (personId, pin) => invoke('login_with_pin', { personId, pin }),
    loginWithPassword: (personId, password) => invoke('login_with_password', { personId, password }),
    setMyLanguage: (tag) => invoke('set_my_language', { tag }),
    logout: () => invoke('logout'),
    addTrainee: (trainee) => invoke('add_trainee', { trainee }),
    setPicturePin: (personId, pin) => invoke('set_picture_pin', { personId, pin }),
    speak: (request) => invoke('speak', { request }),
    speakText: (lang, text) => invoke('speak_text', { lang, text }),
    setCaptionOrder: (personId, workLanguageFirst) => invoke('set_caption_order', { personId, workLanguageFirst }),
    setIdleSignOut: (minutes) => invoke('set_idle_sign_out', { minutes }),
    syncStatus: () => invoke('sync_status'),
    openPairing: () => invoke('open_pairing'),
    closePairing: () => invoke('close_pairing'),
    pairWith: (address, code) => invoke('pair_with', { address, code }),
    unpair: (peerId) => invoke('unpair', { peerId }),
    quarantine: () => invoke('quarantine'),
    addMentor: (mentor) => invoke('add_mentor', { mentor }),
    changeMyPassword: (oldPassword, newPassword) => invoke('change_my_password', { oldPassword, newPassword }),
    resetMentorPassword: (personId, password) => invoke('reset_mentor_password', { personId, password }),
    retireMentor: (personId) => invoke('retire_mentor', { personId }),
    diaryTasks: () => invoke('diary_tasks'),
    myDay: () => invoke('my_day'),
    setMyTasks: (tasks) => invoke('set_my_tasks', { tasks }),
    setMyMood: (mood) => invoke('set_my_mood', { mood }),
    startRecording: () => invoke('start_recording'),
    recordingSeconds: () => invoke('recording_seconds'),
    stopRecording: () => invoke('stop_recording'),
    addMyVoiceNote: (clip) => invoke('add_my_voice_note', { clip }),
    addMyWord: (photo, clip) => invoke('add_my_word', { photo, clip }),
    diaryDays: (personId) => invoke('diary_days', { personId }),
    diaryDay: (dayId) => invoke('diary_day', { dayId }),
    markCommentsSeen: (dayId) => invoke('mark_comments_seen', { dayId }),
    addComment: (dayId, text, clip) => invoke('add_comment', { dayId, text, clip }),
    setWordText: (itemId, text) => invoke('set_word_text', { itemId, text }),
    studioPrompts: (lang) => invoke('studio_prompts', { lang }),
    savePromptClip: (lang, messageId, clip) => invoke('save_prompt_clip', { lang, messageId, clip }),
    studioProgress: () => invoke('studio_progress'),
    exportVoicePack: (lang) => invoke('export_voice_pack', { lang }),
    importPhoto: (bytes) => invoke('import_photo', bytes),
    addMyPhoto: (bytes) => invoke('add_my_photo', bytes),
    importMyPhoto: (bytes) => invoke('import_my_photo', bytes),
    importRecording: (bytes) => invoke('import_recording', bytes),
    importVoicePack: (bytes) => invoke('import_voice_pack', bytes),
    syncNow: (peerId) => invoke('sync_now', { peerId }),
  };
}
