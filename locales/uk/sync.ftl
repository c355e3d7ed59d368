# Mestre — Українська (Ukrainian).
# This file: connecting devices and syncing.

## Sync
sync-now = Синхронізувати зараз
sync-last = Остання синхронізація: { $when }
sync-never = Ще не синхронізовано
sync-running = Синхронізація …
sync-rows = Дані: { $done } з { $total }
sync-media = Фото: { $done } з { $total }
sync-done = Готово! На обох пристроях однаково.
connect-tablet = Під'єднати планшет
connect-laptop = Під'єднатися до комп'ютера наставниці
pair-code-title = Код для з'єднання
pair-code-help = Введіть ці цифри на планшеті або відскануйте картинку камерою.
pair-code-expires = Код дійсний { $minutes } хвилин.
pair-address = Адреса комп'ютера
pair-code-label = Код (шість цифр)
pair-join-submit = З'єднати
pair-done = З'єднано з { $name }.
paired-devices = З'єднані пристрої
unpair = Від'єднати
pair-none = Ще немає з'єднаних пристроїв.
sync-photo-coming = Фото прийде з наступною синхронізацією.
pair-scan = Відскануйте код камерою
