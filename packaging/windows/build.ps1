# Build MESO Desk for Windows: the one-folder bundle (PyInstaller, windowed), a portable zip of it, and
# a per-user installer (Inno Setup 6, with the .meso file association).
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-OutDir dist] [-Python python]
#
# Needs Python 3.11+ (x64) and Inno Setup 6 (iscc.exe on PATH or in its default folder; the installer
# step is skipped with a warning when it is missing). The build keeps its own virtual environment in
# build\windows: the project as a wheel, its runtime dependencies and PyInstaller, nothing else.
param(
    [string]$OutDir = "dist",
    [string]$Python = "python"
)
$ErrorActionPreference = "Stop"

# A native command that must succeed (a simple function, so that "-m" reaches the program in $args).
function Invoke-Checked {
    $exe, $rest = $args
    & $exe @rest
    if ($LASTEXITCODE -ne 0) { throw "$exe $($rest -join ' ') failed with exit code $LASTEXITCODE" }
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Build = Join-Path $Root "build\windows"
$Venv = Join-Path $Build "venv"
$Py = Join-Path $Venv "Scripts\python.exe"
New-Item -ItemType Directory -Force -Path $Build, $OutDir | Out-Null
$OutDir = (Resolve-Path $OutDir).Path
$env:PIP_DISABLE_PIP_VERSION_CHECK = "1"

if (-not (Test-Path $Py)) {
    Write-Host "== build environment ($Venv)"
    Invoke-Checked $Python -m venv $Venv
    Invoke-Checked $Py -m pip install -q --upgrade pip
}
Invoke-Checked $Py -m pip install -q "pyinstaller>=6.10,<7"

Write-Host "== the project as a wheel"
$WheelDir = Join-Path $Build "wheel"
if (Test-Path $WheelDir) { Remove-Item -Recurse -Force $WheelDir }
Invoke-Checked $Py -m pip wheel -q --no-deps -w $WheelDir $Root
$Wheel = (Get-ChildItem (Join-Path $WheelDir "meso_desk-*.whl") | Select-Object -First 1).FullName
Invoke-Checked $Py -m pip install -q $Wheel
Invoke-Checked $Py -m pip install -q --force-reinstall --no-deps $Wheel
$Version = (& $Py -c "import meso_desk; print(meso_desk.__version__)").Trim()

Write-Host "== PyInstaller"
Invoke-Checked $Py -m PyInstaller --noconfirm --log-level WARN `
    --distpath (Join-Path $Build "dist") --workpath (Join-Path $Build "work") `
    (Join-Path $Root "packaging\meso-desk.spec")
$Bundle = Join-Path $Build "dist\meso-desk"

# Smoke test: the windowed program renders its window offscreen and exits (it has no console, so
# wait for the process and look at the picture).
$Shot = Join-Path $Build "smoke.png"
if (Test-Path $Shot) { Remove-Item $Shot }
$env:QT_QPA_PLATFORM = "offscreen"
$p = Start-Process -FilePath (Join-Path $Bundle "meso-desk.exe") -ArgumentList "--screenshot", "`"$Shot`"" -Wait -PassThru
Remove-Item Env:\QT_QPA_PLATFORM
if ($p.ExitCode -ne 0 -or -not (Test-Path $Shot)) { throw "the bundle did not render its window (exit code $($p.ExitCode))" }

Write-Host "== portable zip"
$Zip = Join-Path $OutDir "MESO-Desk-$Version-windows-portable.zip"
if (Test-Path $Zip) { Remove-Item $Zip }
Compress-Archive -Path $Bundle -DestinationPath $Zip

Write-Host "== installer"
$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (Test-Path $Iscc) {
    Invoke-Checked $Iscc /Q "/DAppVersion=$Version" "/DSourceDir=$Bundle" "/DRepoRoot=$Root" "/O$OutDir" `
        (Join-Path $PSScriptRoot "meso-desk.iss")
} else {
    Write-Warning "Inno Setup 6 (iscc.exe) not found: no installer, only the portable zip"
}
Write-Host "built MESO Desk $Version in $OutDir"
Get-ChildItem $OutDir | Format-Table Name, Length
