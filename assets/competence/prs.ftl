### Curriculum texts in prs: the name of each curriculum and area, and each aim's short
### name and plain explanation (assets/competence/pack.json lists the aims).
### A line under "# review:" is a translation a native speaker should still check.

curriculum-rmf1-01 = رستورانت و مواد غذایی (صنف اول)
curriculum-rh03-01 = مسلک پاک‌کاری
curriculum-alk = فرهنگ کار
area-rmf1-01-raw-materials = مواد خام، تولید و کیفیت
area-rmf1-01-working-life = صنعت و زندگی کاری
area-rh03-01-planning = پلان‌گذاری
area-rh03-01-cleaning = پاک‌کاری
area-rh03-01-trade = شناخت صنعت
area-alk-culture = فرهنگ کار
aim-rmf1-01-1 = حفظ الصحه
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-1-plain = دست‌هایت را بشوی و خودت، غذا و آشپزخانه را طبق قوانین پاک نگه دار.
aim-rmf1-01-2 = ابزار و ماشین‌ها
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-2-plain = ابزار و ماشین‌ها را استفاده کن، جور کن و بشوی، تا غذا سالم بماند.
aim-rmf1-01-3 = صحت و مصئونیت در کار
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-3-plain = با مصئونیت کار کن، درست بلند کن و وسایل محافظ مثل دستکش بپوش.
aim-rmf1-01-4 = غذای سالم
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-4-plain = بدان چه چیزی غذا را سالم نگه می‌دارد: درجه حرارت درست، مدت ماندگاری و کنترول روزانه.
aim-rmf1-01-5 = مواد خام
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-5-plain = ببین مواد خام خوب هستند یا نه، و درست از آن‌ها استفاده کن.
aim-rmf1-01-6 = دستور پخت
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-6-plain = دستور پخت را بخوان، کار را پلان کن، غذا را بپز و ببین خوب شد یا نه.
aim-rmf1-01-7 = فرهنگ غذا
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-7-plain = غذاهایی از ناروی، از فرهنگ سامی و از همه جای دنیا بپز.
aim-rmf1-01-8 = غذا برای همه
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-8-plain = برای دین‌ها و ضرورت‌های مختلف غذا بپز و توصیه‌های غذای صحی را بدان.
aim-rmf1-01-9 = بسته‌بندی و برچسپ‌زدن غذا
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-9-plain = غذا را بسته‌بندی کن و برچسپی با نام و تاریخ طبق قوانین بنویس.
aim-rmf1-01-10 = آماده ساختن کافه
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-10-plain = کافه را آماده کن: ویترین را پر کن، میزها را بچین و پاک‌کاری کن.
aim-rmf1-01-11 = کمک‌های اولیه
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-11-plain = به کسی که زخمی یا مریض است کمک کن تا کمک برسد.
aim-rmf1-01-12 = خدمت و همکاری
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-12-plain = با مشتری‌ها و همکاران گپ بزن و خدمت خوب ارائه کن.
aim-rmf1-01-13 = طرف‌های بازار کار
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-13-plain = بدان کارفرمایان، اتحادیه‌ها و دولت چطور برای کار بهتر با هم همکاری می‌کنند.
aim-rh03-01-1 = پلان‌گذاری با نقشه
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-1-plain = نقشه یا توضیح را بخوان و کار و وقتش را پلان کن.
aim-rh03-01-2 = ابزار دیجیتال
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-2-plain = با تبلت یا کمپیوتر کار را پلان و حساب کن.
aim-rh03-01-3 = پلان پاک‌کاری
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-3-plain = ببین چه چیزی باید پاک شود، پلان جور کن و بگو چه کرده‌ای.
aim-rh03-01-4 = روش درست برای هر سطح
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-4-plain = روش درست شستن سقف، دیوار، فرش و فرنیچر را انتخاب کن.
aim-rh03-01-5 = صرفه‌جویی در وقت و پول
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-5-plain = روش‌هایی انتخاب کن که کار را خوب و بدون ضایع کردن انجام دهند.
aim-rh03-01-6 = وسایل مصئون
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-6-plain = وسایلی انتخاب کن که برای جان خوب است، خطرها را ببین و وسایل محافظ بپوش.
aim-rh03-01-7 = نگهداری سطح‌ها
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-7-plain = سطح‌ها را طوری پاک کن که اتاق پاک و هوا خوب باشد.
aim-rh03-01-8 = کار درست و ثبت کار
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-8-plain = طوری کار کن که برای جانت خوب باشد و کار را دیجیتالی ثبت کن.
aim-rh03-01-9 = شستن فرش و سطح‌ها
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-9-plain = سطح‌های نرم، نیمه‌سخت و سخت را طبق پلان بشوی و ببین که خوب شده.
aim-rh03-01-10 = مواد کیمیاوی و وسایل
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-10-plain = توضیح بده چرا یک مواد شوینده، یک وسیله و یک روش را انتخاب می‌کنی.
aim-rh03-01-11 = انواع چرک
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-11-plain = ببین چه نوع چرک است، درست پاک کن و نتیجه را بررسی کن.
aim-rh03-01-12 = ماشین‌ها و جلوگیری از سرایت
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-12-plain = از ماشین‌های پاک‌کاری استفاده کن، برای جلوگیری از سرایت پاک کن و کمپیوتر و تیلفون را پاک کن.
aim-rh03-01-13 = اندازه‌گیری هوای داخل
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-13-plain = با وسایل اندازه‌گیری بررسی کن که هوای داخل خوب است.
aim-rh03-01-14 = پاک‌کاری پس از خساره
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-14-plain = بعد از آب‌خیزی، آتش‌سوزی یا خساره دیگر پاک‌کاری کن.
aim-rh03-01-15 = پاک‌کاری منظم
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-15-plain = پاک‌کاری روزانه، هفته‌وار و چند بار در سال را انجام بده.
aim-rh03-01-16 = زباله و مواد خطرناک
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-16-plain = زباله را جدا کن و با مواد کیمیاوی خطرناک طبق قوانین کار کن.
aim-rh03-01-17 = قوانین مصئونیت و خدمت به مشتری
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-17-plain = قوانین صحت و مصئونیت را رعایت کن و با مشتری‌ها مهربان و مسلکی باش.
aim-rh03-01-18 = قوانین و کیفیت
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-18-plain = قوانین صحت و مصئونیت را توضیح بده و بگو کیفیت چطور تضمین می‌شود.
aim-rh03-01-19 = همکاری در کار
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-19-plain = دربارهٔ اهمیت همکاری در محل کار گپ بزن.
aim-alk-1 = توقعات در محل کار
# review: plain-language wording not yet read by a native speaker
aim-alk-1-plain = بدان همکاران و آمر از تو چه توقع دارند، حتی قانون‌های نانوشته.
aim-alk-2 = حقوق و وجایب
# review: plain-language wording not yet read by a native speaker
aim-alk-2-plain = حقوق و وجایب خود را به عنوان کارمند در ناروی بشناس.
aim-alk-3 = کار و فامیل
# review: plain-language wording not yet read by a native speaker
aim-alk-3-plain = نقش خود را در کار پیدا کن و میان کار و زندگی شخصی توازن بساز.
aim-alk-4 = تاریخ کار در ناروی
# review: plain-language wording not yet read by a native speaker
aim-alk-4-plain = دربارهٔ کار در ناروی در گذشته و امروز یاد بگیر و اینکه چرا کار برای فامیل و جامعه مهم است.
