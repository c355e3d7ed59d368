# Mestre — فارسی (Persian). Short, plain sentences.
# This file: connecting devices and syncing.
# review: translated by the development team; a native speaker at the café should check it.

## Sync
sync-now = اکنون همگام کنید
sync-last = آخرین همگام‌سازی: { $when }
sync-never = هنوز همگام نشده
sync-running = در حال همگام‌سازی …
sync-rows = داده‌ها: { $done } از { $total }
sync-media = عکس‌ها: { $done } از { $total }
sync-done = تمام شد! هر دو یکسان‌اند.
connect-tablet = وصل کردن تبلت
connect-laptop = وصل شدن به رایانهٔ راهنما
pair-code-title = کد اتصال
pair-code-help = این رقم‌ها را روی تبلت بنویسید، یا تصویر را با دوربین اسکن کنید.
pair-code-expires = این کد { $minutes } دقیقه معتبر است.
pair-address = نشانی رایانه
pair-code-label = کد (شش رقم)
pair-join-submit = وصل شو
pair-done = به { $name } وصل شد.
paired-devices = دستگاه‌های وصل‌شده
unpair = قطع اتصال
pair-none = هنوز دستگاهی وصل نشده است.
sync-photo-coming = عکس با همگام‌سازی بعدی می‌رسد.
pair-scan = کد را با دوربین اسکن کنید
