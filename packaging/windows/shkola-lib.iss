; Inno Setup 6 script (6.3 or newer) for Shkola-Lib on 64-bit Windows 10/11.
;
; packaging/build.py compiles it with the version from pyproject.toml:
;   ISCC /DMyAppVersion=0.1.0 /DMyAppVersionNumeric=0.1.0.0
;        /DBundleDir=<repo>\dist\shkola-lib /DOutputDir=<repo>\dist shkola-lib.iss
;
; The catalog, its backups, the settings and the logs live in the user data folder
; %LOCALAPPDATA%\shkola-lib, never in the program folder: installing a newer version over
; this one replaces the program only, and uninstalling leaves that folder alone. Nothing in
; this script may ever name it in [InstallDelete] or [UninstallDelete].
;
; Languages: Kazakh (Kazakh.isl beside this script: Inno Setup has no official Kazakh
; file; any message it does not translate falls back to English, as Default.isl is read
; first), Russian and English (both ship with Inno Setup).

#ifndef MyAppVersion
  #error Pass the version: ISCC /DMyAppVersion=X.Y.Z (packaging/build.py does)
#endif
#ifndef MyAppVersionNumeric
  #define MyAppVersionNumeric MyAppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\shkola-lib"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define MyAppName "Shkola-Lib"
#define MyAppPublisher "Shkola-Lib developers"
; the program without a console window; shkola-lib.exe beside it is the command line
#define MyAppExeName "shkola-lib-gui.exe"

[Setup]
; The AppId ties every version together: never change it, or an upgrade would become a
; second installation beside the first.
AppId={{1170EA94-97E8-4F99-B3C2-5F67A7636CFD}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppPublisher}
VersionInfoVersion={#MyAppVersionNumeric}
VersionInfoProductName={#MyAppName}
; Per-user installation into %LOCALAPPDATA%\Programs\Shkola-Lib: the librarian needs no
; administrator password. `setup.exe /ALLUSERS` installs into Program Files instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#MyAppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=shkola-lib-{#MyAppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\shkola-lib.ico
UninstallDisplayIcon={app}\{#MyAppExeName}
UninstallDisplayName={#MyAppName}
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An open Shkola-Lib is closed (it saves its settings) before its files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; The first entry is used when Windows speaks none of the three languages.
Name: "kk"; MessagesFile: "compiler:Default.isl,Kazakh.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
kk.AppComment=Мектеп кітапханасының каталогы
ru.AppComment=Каталог школьной библиотеки
en.AppComment=School library catalog
kk.ReadyDataFolder=Каталог, сақтық көшірмелер және баптаулар (жаңартқанда да, жойғанда да сақталады):
ru.ReadyDataFolder=Каталог, резервные копии и настройки (сохраняются при обновлении и удалении):
en.ReadyDataFolder=Catalog, backups and settings (kept on upgrade and uninstall):
kk.DataKept=Каталогыңыз, оның сақтық көшірмелері және баптауларыңыз мына бумада қалды:%n%n%1%n%nОлармен жұмысты жалғастыру үшін Shkola-Lib бағдарламасын қайта орнатыңыз немесе буманы басқа компьютерге көшіріңіз.
ru.DataKept=Ваш каталог, его резервные копии и настройки остались в папке:%n%n%1%n%nЧтобы продолжить работу с ними, установите Shkola-Lib снова или перенесите папку на другой компьютер.
en.DataKept=Your catalog, its backups and your settings remain in:%n%n%1%n%nInstall Shkola-Lib again to keep working with them, or copy the folder to another computer.
kk.DataFolderNotForProgram=%1 бумасында каталог сақталады. Бағдарлама үшін басқа буманы таңдаңыз.
ru.DataFolderNotForProgram=В папке %1 хранится каталог. Выберите для программы другую папку.
en.DataFolderNotForProgram=The folder %1 holds the catalog. Choose another folder for the program.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the program's own files completely: modules of the old version left
; behind could be loaded by the new one. (Only inside {app}: the program folder.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExeName}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Anything the program may have left in its own folder. The user data folder
; (%LOCALAPPDATA%\shkola-lib) is deliberately not listed: the catalog is never deleted.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function DataFolder: String;
begin
  Result := ExpandConstant('{localappdata}\shkola-lib');
end;

{ The program must not be installed into the data folder (or inside it): an uninstaller
  working there would sit next to the catalog. }
function NextButtonClick(CurPageID: Integer): Boolean;
var
  Dir, Data: String;
begin
  Result := True;
  if CurPageID = wpSelectDir then
  begin
    Dir := Lowercase(AddBackslash(WizardDirValue));
    Data := Lowercase(AddBackslash(DataFolder));
    if Pos(Data, Dir) = 1 then
    begin
      MsgBox(FmtMessage(CustomMessage('DataFolderNotForProgram'), [DataFolder]), mbError, MB_OK);
      Result := False;
    end;
  end;
end;

function UpdateReadyMemo(Space, NewLine, MemoUserInfoInfo, MemoDirInfo, MemoTypeInfo,
  MemoComponentsInfo, MemoGroupInfo, MemoTasksInfo: String): String;
begin
  Result := MemoDirInfo + NewLine + NewLine + CustomMessage('ReadyDataFolder') + NewLine +
    Space + DataFolder;
  if MemoGroupInfo <> '' then
    Result := Result + NewLine + NewLine + MemoGroupInfo;
  if MemoTasksInfo <> '' then
    Result := Result + NewLine + NewLine + MemoTasksInfo;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent and DirExists(DataFolder) then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder]), mbInformation, MB_OK);
end;
