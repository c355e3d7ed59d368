## The fridge: the food catalogue, the practice games, prep labels and the daily temperature check
# review: written by the developers; a native speaker should check these sentences
section-fridge = الثلاجة
fridge-title = الثلاجة والملصقات
fridge-zone-fridge = الثلاجة
fridge-zone-freezer = الفريزر
fridge-zone-dry = المخزن الجاف
fridge-event-made = صُنع
fridge-event-opened = فُتح
fridge-event-thawed = أُذيب تجميده
fridge-event-delivered = استُلم
fridge-hot-holding = الحفظ ساخنًا
fridge-cooling = التبريد
fridge-game-where-does-it-go = أين يوضع؟
fridge-game-how-cold = كم البرودة؟
fridge-game-write-the-label = اكتبي الملصق
fridge-game-first-in-first-out = الأول دخولًا، الأول خروجًا
fridge-ask-zone = أين يوضع { $food }؟
fridge-ask-cold = { $food } في { $zone ->
        [freezer] الفريزر
       *[fridge] الثلاجة
    }: ما درجة الحرارة الصحيحة؟
fridge-ask-hot = الطعام يُحفظ ساخنًا للتقديم. ما درجة الحرارة الصحيحة؟
fridge-ask-cooling = طعام ساخن يبرد. بعد { $hours } ساعات: ما درجة الحرارة الصحيحة؟
fridge-ask-label-made = صنعتِ { $food } اليوم. اصنعي الملصق.
fridge-ask-label-opened = فتحتِ { $food } اليوم. اصنعي الملصق.
fridge-ask-label-thawed = أذبتِ تجميد { $food } اليوم. اصنعي الملصق.
fridge-ask-label-delivered = استلمتِ { $food } اليوم. اصنعي الملصق.
fridge-ask-shelf = ارمي العلبة القديمة جدًا. ضعي الباقي على الرف: التي تُستعمل أولًا في الأمام.
fridge-why-zone-cold = { $food } يوضع في { $zone ->
        [freezer] الفريزر
       *[fridge] الثلاجة
    }، على { $max } أو أبرد.
fridge-why-zone-dry = { $food } يوضع في المخزن الجاف: مكان جاف وبارد، في علبة مغلقة.
fridge-why-hot = الطعام المحفوظ ساخنًا يجب أن يكون { $min } على الأقل.
fridge-why-cooling = الطعام الساخن يجب أن يبرد إلى أقل من { $to } خلال { $hours } ساعات.
fridge-why-product = المنتج هو { $food }.
fridge-why-made = { $event ->
        [opened] فُتح
        [thawed] أُذيب تجميده
        [delivered] استُلم
       *[made] صُنع
    }: اليوم، { $date }.
fridge-why-use-by = { $days ->
        [0] { $food } يُستعمل في اليوم نفسه.
       *[other] { $food } يبقى صالحًا { $days } أيام.
    } { $event ->
        [opened] فُتح
        [thawed] أُذيب تجميده
        [delivered] استُلم
       *[made] صُنع
    } { $made }، يُستعمل قبل نهاية { $date }.
fridge-why-allergens = في { $food } هذه المواد المسببة للحساسية: { $list }.
fridge-why-no-allergens = ليس في { $food } أيّ من المواد الأربع عشرة المسببة للحساسية.
fridge-why-maker = أنتِ صنعتِ الطعام. اختاري نفسك.
fridge-why-expired = كان يجب استعمال { $food } قبل نهاية { $date }. يجب رميه.
fridge-why-order = التي تُستعمل أولًا في الأمام. الأحدث في الخلف.
fridge-right = صحيح!
fridge-wrong = غير صحيح.
fridge-partly = { $right } من { $total } صحيح.
fridge-result = أجبتِ { $right } من { $total } بشكل صحيح.
fridge-label-keep = { $zone ->
        [freezer] الفريزر
       *[fridge] الثلاجة
    }، { $max } على الأكثر
fridge-label-use-by = يُستعمل قبل
fridge-label-allergens = مسببات الحساسية
fridge-label-no-allergens = لا مسببات حساسية
fridge-label-made-by = صنعته { $initials }
fridge-too-warm-fridge = حار جدًا! الثلاجة على { $reading }. يجب أن تكون { $max } أو أبرد. أخبري المرشدة، أغلقي الباب جيدًا وقيسي مرة أخرى بعد ساعة.
fridge-too-warm-freezer = حار جدًا! الفريزر على { $reading }. يجب أن يكون { $max } أو أبرد. أخبري المرشدة فورًا.
fridge-practice = تدرّبي
fridge-practice-hint = تدرّبي على الثلاجة: أين يوضع الطعام، كم البرودة، الملصق والترتيب.
fridge-labels = الملصقات
fridge-check = الحرارة
fridge-catalogue = الأطعمة
fridge-question = السؤال { $n } من { $total }
fridge-finish = انتهيت
fridge-play-again = تدرّبي مرة أخرى
fridge-choose-game = اختاري تمرينًا
fridge-pick-product = أيّ طعام هذا؟
fridge-pick-made = تاريخ الصنع
fridge-pick-use-by = يُستعمل قبل
fridge-pick-allergens = مسببات الحساسية: اضغطي على الموجودة في الطعام
fridge-pick-maker = من صنع الطعام؟
fridge-check-label = افحصي الملصق
fridge-shelf-bin = سلة المهملات
fridge-shelf-front = في الأمام
fridge-shelf-back = في الخلف
fridge-shelf-step-bin = اضغطي على العلبة القديمة جدًا.
fridge-shelf-step-order = اضغطي على العلب بالترتيب: التي تُستعمل أولًا، أولًا.
fridge-shelf-again = ابدئي الرف من جديد
fridge-pick-reading = ماذا يُظهر ميزان الحرارة؟
fridge-evidence-saved = حُفظ كدليل على هدف المنهج { $aim }.
fridge-print-title = طباعة ملصق
fridge-print-item = اختاري الطعام
fridge-print-recipe = مصنوع حسب وصفة
fridge-print-no-recipe = بلا وصفة
fridge-print-day = التاريخ
fridge-print-today = اليوم
fridge-print-yesterday = أمس
fridge-print-size = الحجم
fridge-size-62mm = لفافة 62 مم
fridge-size-57x32mm = ملصق 57 × 32 مم
fridge-print = اطبعي
fridge-save-pdf = احفظي ملف PDF فقط
fridge-reprint = اطبعي مرة أخرى
fridge-printed = أُرسل الملصق إلى الطابعة.
fridge-saved = حُفظ كملف PDF: { $path }
fridge-label-log = الملصقات المطبوعة
fridge-label-log-empty = لم يُطبع أيّ ملصق بعد.
fridge-label-reprint-mark = نسخة
fridge-check-title = فحص درجة الحرارة
fridge-check-today = قيس اليوم
fridge-check-missing = لم يُقس اليوم
fridge-check-limit = { $max } على الأكثر
fridge-check-type = درجة الحرارة بالدرجات
fridge-check-save = احفظي القياس
fridge-check-ok = جيد! درجة الحرارة صحيحة.
fridge-check-chart = آخر 30 يومًا
fridge-check-empty = لا قياسات بعد.
fridge-check-warmer = أدفأ
fridge-check-colder = أبرد
fridge-keeps = { $days ->
        [0] يُستعمل في اليوم نفسه
       *[other] يبقى صالحًا { $days } أيام
    }
fridge-max = { $max } على الأكثر
fridge-own-routine = قاعدة المقهى الخاصة
fridge-routine-days = أيام
fridge-routine-note = لماذا (القاعدة في خطة سلامة الغذاء)
fridge-routine-save = احفظي القاعدة
fridge-routine-reset = استعملي القاعدة العامة مرة أخرى
fridge-rules-title = القواعد
fridge-rules-source = المصدر
