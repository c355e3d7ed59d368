# Mestre — دری (Dari). Short, plain sentences.
# This file: every error, as a person hears it.
# review: translated by the development team from Persian with Dari word choices; a native Dari speaker should check it.

## Errors
error-login-failed = درست نبود. دوباره کوشش کنید.
error-login-locked =
    { $minutes ->
        [one] کوشش‌ها زیاد شد. یک دقیقه صبر کنید، بعد دوباره کوشش کنید.
       *[other] کوشش‌ها زیاد شد. { $minutes } دقیقه صبر کنید، بعد دوباره کوشش کنید.
    }
error-not-allowed = تنها رهنما این کار را کرده می‌تواند.
error-invalid-input = چیزی را که نوشتید یا انتخاب کردید بررسی کنید.
error-image-unreadable = عکس باز نمی‌شود. خراب است، یا عکس نیست.
error-image-too-large = عکس بسیار کلان است. عکس خوردتر انتخاب کنید.
error-database-too-new = معلومات را نسخهٔ نوتر Mestre ساخته است. برنامه را تازه کنید.
error-database-unavailable = معلومات باز نمی‌شود.
error-not-found = پیدا نشد.
error-setup-state = کافه پیش از این جور شده است.
error-storage = هنگام ذخیره کردن مشکل پیش آمد. هیچ چیز پاک نشد.
error-peer-unreachable = دستگاه دیگر پیدا نشد. ببینید که هر دو در یک شبکه باشند.
error-not-paired = این دستگاه با دستگاه دیگر وصل نیست. اول آن‌ها را وصل کنید.
error-sync-interrupted = همگام‌سازی قطع شد. هیچ چیز گم نشد. دوباره کوشش کنید.
error-sync-refused = دستگاه دیگر قبول نکرد. دوباره کوشش کنید، یا آن‌ها را از نو وصل کنید.
error-schema-mismatch = دستگاه‌ها نسخه‌های مختلف Mestre دارند. هر دو را تازه کنید.
error-pairing-wrong-code = کود غلط است. دوباره کوشش کنید.
error-pairing-closed = این کود دیگر اعتبار ندارد. کود نو بخواهید.
error-voice-pack-unreadable = این فایل بستهٔ آواز Mestre نیست، یا خراب است.
error-recording-empty = ثبت خالی است. کمی نزدیک‌تر گپ بزنید و دوباره کوشش کنید.
error-audio-unreadable = ثبت پخش نمی‌شود. خراب است.
error-microphone-missing = مایکروفون پیدا نشد. از رهنما کمک بخواهید.
error-microphone-busy = مایکروفون مصروف است یا کار نمی‌کند. کمی بعد دوباره کوشش کنید.
# review: the three messages below are new.
error-other-cafe = این دستگاه از کافهٔ دیگر است.
error-pairing-busy = دستگاه دیگر مصروف است. کمی صبر کنید و دوباره کوشش کنید.
error-mentor-key-missing = کلید رهنمای شما هنوز روی این دستگاه نیست. اول با کمپیوتر کافه همگام کنید.
error-printer-unavailable = هیچ پرنتری چاپ را نگرفت. فایل PDF ذخیره شده است.
error-reading-out-of-range = ترمامتر این را نشان داده نمی‌تواند. دوباره ببین و عدد را دوباره بنویس.
error-aim-not-in-plan = این هدف هنوز در پلانش نیست. اول آن را به پلان اضافه کن.
error-mark-out-of-order = نشانی‌ها به ترتیب می‌آیند: اول P، بعد F، بعد K.
error-evidence-missing = K به مدرک ضرورت دارد. اول دست‌کم یک مدرک اضافه کن.
error-comment-missing = وقتی یک قدم برمی‌گردی، بنویس یا بگو چرا.
error-credential-invalid = این تصدیق‌نامه خراب شده یا پس از امضا تغییر کرده است. نمی‌شود به آن اعتماد کرد.
error-aim-not-checked = نشان Open Badge وقتی ساخته می‌شود که هدف تأیید شده باشد (K).
