; Kazakh messages for Inno Setup 6 (Shkola-Lib's own file: Inno Setup has no official one).
;
; It covers what a normal installation, upgrade and removal show. shkola-lib.iss loads it
; after compiler:Default.isl ("compiler:Default.isl,Kazakh.isl"), so any message missing
; here - rare errors, pages this installer does not use - appears in English instead.
; Only message names that exist in Default.isl may be used here (ISCC rejects others).
; Saved as UTF-8 with a byte order mark, which Inno Setup 6 needs for non-Latin text.

[LangOptions]
LanguageName=Қазақ тілі
LanguageID=$043F
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Орнату
SetupWindowTitle=Орнату — %1
UninstallAppTitle=Жою
UninstallAppFullTitle=%1 бағдарламасын жою

; *** Misc. common
InformationTitle=Ақпарат
ConfirmTitle=Растау
ErrorTitle=Қате

; *** SetupLdr and start-up messages
SetupLdrStartupMessage=%1 орнатылады. Жалғастырасыз ба?
SetupAlreadyRunning=Орнату бағдарламасы қазір жұмыс істеп тұр.
WindowsVersionNotSupported=Бұл бағдарлама компьютеріңіздегі Windows нұсқасында жұмыс істемейді.
OnlyOnTheseArchitectures=Бұл бағдарламаны тек келесі процессорларға арналған Windows нұсқаларына орнатуға болады:%n%n%1
WinVersionTooLowError=Бұл бағдарламаға %1 %2 немесе одан жаңа нұсқасы қажет.
SetupAppRunningError=%1 қазір жұмыс істеп тұр.%n%nОның барлық терезелерін жабыңыз да, жалғастыру үшін «OK», шығу үшін «Бас тарту» батырмасын басыңыз.
UninstallAppRunningError=%1 қазір жұмыс істеп тұр.%n%nОның барлық терезелерін жабыңыз да, жалғастыру үшін «OK», шығу үшін «Бас тарту» батырмасын басыңыз.
ErrorCreatingDir=«%1» бумасын жасау мүмкін болмады

; *** Setup common messages
ExitSetupTitle=Орнатудан шығу
ExitSetupMessage=Орнату аяқталған жоқ. Қазір шықсаңыз, бағдарлама орнатылмайды.%n%nОрнатуды кейін қайта бастап, аяқтауға болады.%n%nОрнатудан шығасыз ба?

; *** Buttons
ButtonBack=< &Артқа
ButtonNext=&Келесі >
ButtonInstall=&Орнату
ButtonOK=OK
ButtonCancel=Бас тарту
ButtonYes=&Иә
ButtonYesToAll=&Барлығына иә
ButtonNo=&Жоқ
ButtonNoToAll=Барлығына ж&оқ
ButtonFinish=&Дайын
ButtonBrowse=&Шолу...
ButtonWizardBrowse=Ш&олу...
ButtonNewFolder=&Жаңа бума жасау

; *** "Select Language" dialog messages
SelectLanguageTitle=Орнату тілін таңдаңыз
SelectLanguageLabel=Орнату кезінде қолданылатын тілді таңдаңыз.

; *** Common wizard text
ClickNext=Жалғастыру үшін «Келесі», орнатудан шығу үшін «Бас тарту» батырмасын басыңыз.
BrowseDialogTitle=Буманы таңдау
BrowseDialogLabel=Тізімнен буманы таңдап, «OK» батырмасын басыңыз.
NewFolderName=Жаңа бума

; *** "Welcome" wizard page
WelcomeLabel1=[name] орнату шеберіне қош келдіңіз
WelcomeLabel2=Компьютеріңізге [name/ver] орнатылады.%n%nЖалғастырмас бұрын басқа бағдарламалардың бәрін жапқан жөн.

; *** "License Agreement" wizard page
WizardLicense=Лицензиялық келісім
LicenseLabel=Жалғастырмас бұрын мына маңызды ақпаратты оқып шығыңыз.
LicenseLabel3=Мына лицензиялық келісімді оқып шығыңыз. Орнатуды жалғастыру үшін келісімнің шарттарын қабылдауыңыз керек.
LicenseAccepted=Келісімді &қабылдаймын
LicenseNotAccepted=Келісімді қ&абылдамаймын

; *** "Select Destination Location" wizard page
WizardSelectDir=Орнату бумасын таңдау
SelectDirDesc=[name] қай жерге орнатылсын?
SelectDirLabel3=[name] мына бумаға орнатылады.
SelectDirBrowseLabel=Жалғастыру үшін «Келесі» батырмасын басыңыз. Басқа буманы таңдау үшін «Шолу» батырмасын басыңыз.
DiskSpaceMBLabel=Дискіде кемінде [mb] МБ бос орын қажет.
InvalidPath=Диск әрпі бар толық жолды енгізіңіз, мысалы:%n%nC:\APP%n%nнемесе желілік жолды:%n%n\\server\share
InvalidDrive=Таңдалған диск немесе желілік ресурс жоқ немесе қолжетімсіз. Басқасын таңдаңыз.
DiskSpaceWarningTitle=Дискіде орын жетпейді
DiskSpaceWarning=Орнатуға кемінде %1 КБ бос орын қажет, ал таңдалған дискіде тек %2 КБ бар.%n%nСонда да жалғастырасыз ба?
DirNameTooLong=Буманың аты немесе жолы тым ұзын.
InvalidDirName=Буманың аты жарамсыз.
BadDirName32=Буманың атында мына таңбалар болмауы керек:%n%n%1
DirExistsTitle=Бума бар
DirExists=Мына бума:%n%n%1%n%nбұрыннан бар. Сонда да осы бумаға орнатасыз ба?
DirDoesntExistTitle=Бума жоқ
DirDoesntExist=Мына бума:%n%n%1%n%nжоқ. Оны жасау керек пе?

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Қосымша тапсырмаларды таңдау
SelectTasksDesc=Қандай қосымша тапсырмалар орындалсын?
SelectTasksLabel2=[name] орнатылғанда орындалатын қосымша тапсырмаларды таңдап, «Келесі» батырмасын басыңыз.

; *** "Ready to Install" wizard page
WizardReady=Орнатуға дайын
ReadyLabel1=[name] компьютеріңізге орнатуға дайын.
ReadyLabel2a=Орнатуды бастау үшін «Орнату», таңдауларды қарау немесе өзгерту үшін «Артқа» батырмасын басыңыз.
ReadyLabel2b=Орнатуды бастау үшін «Орнату» батырмасын басыңыз.
ReadyMemoDir=Орнату бумасы:
ReadyMemoGroup=«Бастау» мәзіріндегі бума:
ReadyMemoTasks=Қосымша тапсырмалар:

; *** "Preparing to Install" wizard page
WizardPreparing=Орнатуға дайындық
PreparingDesc=[name] компьютеріңізге орнатуға дайындалуда.
CannotContinue=Орнатуды жалғастыру мүмкін емес. Шығу үшін «Бас тарту» батырмасын басыңыз.
ApplicationsFound=Мына бағдарламалар жаңартылатын файлдарды пайдаланып отыр. Оларды орнату бағдарламасына автоматты түрде жаптырған жөн.
ApplicationsFound2=Мына бағдарламалар жаңартылатын файлдарды пайдаланып отыр. Оларды орнату бағдарламасына автоматты түрде жаптырған жөн. Орнату аяқталған соң олар қайта іске қосылады.
CloseApplications=Бағдарламаларды &автоматты түрде жабу
DontCloseApplications=Бағдарламаларды &жаппау
ErrorCloseApplications=Бағдарламалардың бәрін автоматты түрде жабу мүмкін болмады. Жалғастырмас бұрын жаңартылатын файлдарды пайдаланып отырған бағдарламаларды жабыңыз.

; *** "Installing" wizard page
WizardInstalling=Орнату
InstallingLabel=[name] компьютеріңізге орнатылып жатыр, күте тұрыңыз.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=[name] орнату шебері жұмысын аяқтады
FinishedLabelNoIcons=[name] компьютеріңізге орнатылды.
FinishedLabel=[name] компьютеріңізге орнатылды. Бағдарламаны жасалған таңбашалар арқылы ашуға болады.
ClickFinish=Орнатудан шығу үшін «Дайын» батырмасын басыңыз.
RunEntryExec=%1 іске қосу

; *** Installation phase messages
SetupAborted=Орнату аяқталмады.%n%nМәселені түзетіп, орнатуды қайта бастаңыз.

; *** Installation status messages
StatusClosingApplications=Бағдарламалар жабылуда...
StatusCreateDirs=Бумалар жасалуда...
StatusExtractFiles=Файлдар көшірілуде...
StatusCreateIcons=Таңбашалар жасалуда...
StatusCreateRegistryEntries=Тізілім жазбалары жасалуда...
StatusSavingUninstall=Жою туралы мәлімет сақталуда...
StatusRunProgram=Орнату аяқталуда...
StatusRestartingApplications=Бағдарламалар қайта іске қосылуда...
StatusRollback=Өзгерістер кері қайтарылуда...

; *** File copying errors
ErrorCopying=Файлды көшіру кезінде қате шықты:

; *** Uninstall display name markings
UninstallDisplayNameMarkAllUsers=Барлық пайдаланушылар
UninstallDisplayNameMarkCurrentUser=Ағымдағы пайдаланушы

; *** Uninstaller messages
ConfirmUninstall=%1 бағдарламасын және оның барлық бөліктерін толық жойғыңыз келе ме?
UninstallStatusLabel=%1 компьютеріңізден жойылып жатыр, күте тұрыңыз.
UninstalledAll=%1 компьютеріңізден сәтті жойылды.
UninstalledMost=%1 жойылды.%n%nКейбір элементтерді жою мүмкін болмады, оларды қолмен жоюға болады.
WizardUninstalling=Жою барысы
StatusUninstalling=%1 жойылуда...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=%1 орнатылуда.
ShutdownBlockReasonUninstallingApp=%1 жойылуда.

[CustomMessages]
NameAndVersion=%1, %2 нұсқасы
AdditionalIcons=Қосымша таңбашалар:
CreateDesktopIcon=&Жұмыс үстелінде таңбаша жасау
UninstallProgram=%1 жою
LaunchProgram=%1 бағдарламасын іске қосу
