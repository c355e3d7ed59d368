## The fridge: the food catalogue, the practice games, prep labels and the daily temperature check
# review: written by the developers; a native speaker should check these sentences
section-fridge = Холодильник
fridge-title = Холодильник і етикетки
fridge-zone-fridge = Холодильник
fridge-zone-freezer = Морозильник
fridge-zone-dry = Сухий склад
fridge-event-made = Приготовлено
fridge-event-opened = Відкрито
fridge-event-thawed = Розморожено
fridge-event-delivered = Отримано
fridge-hot-holding = Зберігання гарячим
fridge-cooling = Охолодження
fridge-game-where-does-it-go = Куди це покласти?
fridge-game-how-cold = Наскільки холодно?
fridge-game-write-the-label = Напишіть етикетку
fridge-game-first-in-first-out = Перше прийшло — перше пішло
fridge-ask-zone = Куди покласти: { $food }?
fridge-ask-cold = { $food } у { $zone ->
        [freezer] морозильнику
       *[fridge] холодильнику
    }: яка температура правильна?
fridge-ask-hot = Їжу тримають гарячою для подачі. Яка температура правильна?
fridge-ask-cooling = Гаряча їжа охолоджується. Через { $hours } години: яка температура правильна?
fridge-ask-label-made = Сьогодні ви приготували: { $food }. Зробіть етикетку.
fridge-ask-label-opened = Сьогодні ви відкрили: { $food }. Зробіть етикетку.
fridge-ask-label-thawed = Сьогодні ви розморозили: { $food }. Зробіть етикетку.
fridge-ask-label-delivered = Сьогодні ви отримали: { $food }. Зробіть етикетку.
fridge-ask-shelf = Викиньте надто старий контейнер. Решту поставте на полицю: те, що треба використати першим, — спереду.
fridge-why-zone-cold = { $food } — у { $zone ->
        [freezer] морозильник
       *[fridge] холодильник
    }, при { $max } або холодніше.
fridge-why-zone-dry = { $food } — на сухий склад: сухо й прохолодно, у закритому контейнері.
fridge-why-hot = Їжа, яку тримають гарячою, має бути щонайменше { $min }.
fridge-why-cooling = Гарячу їжу треба охолодити нижче { $to } протягом { $hours } годин.
fridge-why-product = Продукт: { $food }.
fridge-why-made = { $event ->
        [opened] Відкрито
        [thawed] Розморожено
        [delivered] Отримано
       *[made] Приготовлено
    }: сьогодні, { $date }.
fridge-why-use-by = { $days ->
        [0] { $food } використовують того ж дня.
       *[other] { $food } зберігається { $days } доби.
    } { $event ->
        [opened] Відкрито
        [thawed] Розморожено
        [delivered] Отримано
       *[made] Приготовлено
    } { $made }, використати до { $date }.
fridge-why-allergens = { $food } містить ці алергени: { $list }.
fridge-why-no-allergens = { $food } не містить жодного з 14 алергенів.
fridge-why-maker = Їжу приготували ви. Виберіть себе.
fridge-why-expired = { $food } треба було використати до { $date }. Це треба викинути.
fridge-why-order = Те, що треба використати першим, стоїть спереду. Найновіше — позаду.
fridge-right = Правильно!
fridge-wrong = Неправильно.
fridge-partly = { $right } з { $total } правильно.
fridge-result = Ви відповіли правильно на { $right } з { $total }.
fridge-label-keep = { $zone ->
        [freezer] Морозильник
       *[fridge] Холодильник
    }, не більше { $max }
fridge-label-use-by = Використати до
fridge-label-allergens = Алергени
fridge-label-no-allergens = Без алергенів
fridge-label-made-by = Приготувала { $initials }
fridge-too-warm-fridge = Надто тепло! У холодильнику { $reading }. Має бути { $max } або холодніше. Скажіть наставниці, щільно зачиніть дверцята й виміряйте ще раз через годину.
fridge-too-warm-freezer = Надто тепло! У морозильнику { $reading }. Має бути { $max } або холодніше. Одразу скажіть наставниці.
fridge-practice = Вправи
fridge-practice-hint = Вправи з холодильником: куди класти їжу, наскільки холодно, етикетка і порядок.
fridge-labels = Етикетки
fridge-check = Температура
fridge-catalogue = Продукти
fridge-question = Питання { $n } з { $total }
fridge-finish = Готово
fridge-play-again = Ще раз
fridge-choose-game = Виберіть вправу
fridge-pick-product = Що це за їжа?
fridge-pick-made = Дата приготування
fridge-pick-use-by = Використати до
fridge-pick-allergens = Алергени: натисніть на ті, що є в їжі
fridge-pick-maker = Хто приготував їжу?
fridge-check-label = Перевірити етикетку
fridge-shelf-bin = Смітник
fridge-shelf-front = Спереду
fridge-shelf-back = Позаду
fridge-shelf-step-bin = Натисніть на надто старий контейнер.
fridge-shelf-step-order = Натискайте на контейнери по черзі: те, що використати першим, — першим.
fridge-shelf-again = Почати полицю знову
fridge-pick-reading = Що показує термометр?
fridge-evidence-saved = Збережено як доказ для навчальної мети { $aim }.
fridge-print-title = Надрукувати етикетку
fridge-print-item = Виберіть продукт
fridge-print-recipe = Приготовлено за рецептом
fridge-print-no-recipe = Без рецепта
fridge-print-day = Дата
fridge-print-today = Сьогодні
fridge-print-yesterday = Учора
fridge-print-size = Розмір
fridge-size-62mm = Рулон 62 мм
fridge-size-57x32mm = Етикетка 57 × 32 мм
fridge-print = Друкувати
fridge-save-pdf = Лише зберегти PDF
fridge-reprint = Надрукувати ще раз
fridge-printed = Етикетку надіслано на принтер.
fridge-saved = Збережено як PDF: { $path }
fridge-label-log = Надруковані етикетки
fridge-label-log-empty = Ще не надруковано жодної етикетки.
fridge-label-reprint-mark = копія
fridge-check-title = Контроль температури
fridge-check-today = Виміряно сьогодні
fridge-check-missing = Сьогодні не виміряно
fridge-check-limit = Не більше { $max }
fridge-check-type = Температура в градусах
fridge-check-save = Зберегти вимір
fridge-check-ok = Добре! Температура правильна.
fridge-check-chart = Останні 30 днів
fridge-check-empty = Ще немає вимірів.
fridge-check-warmer = Тепліше
fridge-check-colder = Холодніше
fridge-keeps = { $days ->
        [0] Використати того ж дня
       *[other] Зберігається { $days } доби
    }
fridge-max = Не більше { $max }
fridge-own-routine = Власне правило кафе
fridge-routine-days = Доби
fridge-routine-note = Чому (правило в плані безпеки харчових продуктів)
fridge-routine-save = Зберегти правило
fridge-routine-reset = Знову використовувати загальне правило
fridge-rules-title = Правила
fridge-rules-source = Джерело
