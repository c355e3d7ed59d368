# Mestre — دری (Dari). Short, plain sentences.
# This file: connecting devices and syncing.
# review: translated by the development team from Persian with Dari word choices; a native Dari speaker should check it.

## Sync
sync-now = حالا همگام کنید
sync-last = آخرین همگام‌سازی: { $when }
sync-never = هنوز همگام نشده
sync-running = در حال همگام‌سازی …
sync-rows = معلومات: { $done } از { $total }
sync-media = عکس‌ها: { $done } از { $total }
sync-done = تمام شد! هر دو یکسان هستند.
connect-tablet = وصل کردن تبلیت
connect-laptop = وصل شدن به کمپیوتر رهنما
pair-code-title = کود وصل شدن
pair-code-help = این عددها را در تبلیت بنویسید، یا عکس را با کمره اسکن کنید.
pair-code-expires = این کود برای { $minutes } دقیقه اعتبار دارد.
pair-address = آدرس کمپیوتر
pair-code-label = کود (شش عدد)
pair-join-submit = وصل کنید
pair-done = به { $name } وصل شد.
paired-devices = دستگاه‌های وصل شده
unpair = قطع کردن
pair-none = هنوز هیچ دستگاهی وصل نشده.
sync-photo-coming = عکس با همگام‌سازی بعدی می‌آید.
pair-scan = کود را با کمره اسکن کنید
