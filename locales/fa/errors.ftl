# Mestre — فارسی (Persian). Short, plain sentences.
# This file: every error, as a person hears it.
# review: translated by the development team; a native speaker at the café should check it.

## Errors
error-login-failed = درست نبود. دوباره امتحان کنید.
error-login-locked =
    { $minutes ->
        [one] تلاش‌ها زیاد شد. یک دقیقه صبر کنید و دوباره امتحان کنید.
       *[other] تلاش‌ها زیاد شد. { $minutes } دقیقه صبر کنید و دوباره امتحان کنید.
    }
error-not-allowed = فقط راهنما می‌تواند این کار را بکند.
error-invalid-input = آنچه نوشتید یا انتخاب کردید را بررسی کنید.
error-image-unreadable = عکس باز نمی‌شود. خراب است یا عکس نیست.
error-image-too-large = عکس خیلی بزرگ است. عکس کوچک‌تری انتخاب کنید.
error-database-too-new = داده‌ها را نسخهٔ تازه‌تری از Mestre ساخته است. برنامه را به‌روز کنید.
error-database-unavailable = داده‌ها باز نمی‌شوند.
error-not-found = پیدا نشد.
error-setup-state = کافه قبلاً ساخته شده است.
error-storage = هنگام ذخیره مشکلی پیش آمد. چیزی پاک نشد.
error-peer-unreachable = دستگاه دیگر پیدا نشد. مطمئن شوید هر دو در یک شبکه هستند.
error-not-paired = این دستگاه به دستگاه دیگر وصل نشده است. اول آن‌ها را وصل کنید.
error-sync-interrupted = همگام‌سازی قطع شد. چیزی گم نشد. دوباره امتحان کنید.
error-sync-refused = دستگاه دیگر قبول نکرد. دوباره امتحان کنید، یا دوباره وصلشان کنید.
error-schema-mismatch = دستگاه‌ها نسخه‌های متفاوتی از Mestre دارند. هر دو را به‌روز کنید.
error-pairing-wrong-code = کد اشتباه است. دوباره امتحان کنید.
error-pairing-closed = این کد دیگر معتبر نیست. کد تازه بخواهید.
error-voice-pack-unreadable = این فایل بستهٔ صدای Mestre نیست، یا خراب است.
error-recording-empty = ضبط خالی است. کمی نزدیک‌تر صحبت کنید و دوباره امتحان کنید.
error-audio-unreadable = ضبط پخش نمی‌شود. خراب است.
error-microphone-missing = میکروفونی پیدا نشد. از راهنما کمک بخواهید.
error-microphone-busy = میکروفون در حال استفاده است یا کار نمی‌کند. کمی بعد دوباره امتحان کنید.
error-other-cafe = این دستگاه مال کافهٔ دیگری است.
error-pairing-busy = دستگاه دیگر مشغول است. کمی صبر کنید و دوباره امتحان کنید.
error-mentor-key-missing = کلید مربی شما هنوز روی این دستگاه نیست. اول با کامپیوتر کافه همگام کنید.
error-printer-unavailable = هیچ چاپگری چاپ را نپذیرفت. فایل PDF ذخیره شده است.
error-reading-out-of-range = دماسنج نمی‌تواند این را نشان دهد. دوباره نگاه کن و عدد را دوباره بنویس.
error-aim-not-in-plan = این هدف هنوز در برنامه‌اش نیست. اول آن را به برنامه اضافه کن.
error-mark-out-of-order = علامت‌ها به ترتیب می‌آیند: اول P، بعد F، بعد K.
error-evidence-missing = K به مدرک نیاز دارد. اول دست‌کم یک مدرک اضافه کن.
error-comment-missing = وقتی یک قدم برمی‌گردی، بنویس یا بگو چرا.
error-credential-invalid = این گواهی آسیب دیده یا پس از امضا تغییر کرده است. نمی‌توان به آن اعتماد کرد.
error-aim-not-checked = نشان Open Badge وقتی ساخته می‌شود که هدف تأیید شده باشد (K).
