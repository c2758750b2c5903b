namespace TwinVal.Numerics;

/// <summary>
/// Coefficients of RODAS (method 1 of Hairer &amp; Wanner's rodas.f; Solving ODEs II, 2nd ed., §IV.7, coefficients of the code RODAS;
/// also printed in Press et al., Numerical Recipes, 3rd ed., §17.5, <c>Ross_constants</c>), in the transformed form
/// that avoids matrix–vector products: (1/(γh)·I − J)·k_i = f(t + c_i h, y + Σ a_ij k_j) + h·d_i·∂f/∂t + Σ c_ij k_j / h.
/// Stages 5 and 6 sit at t + h; y_new = y + Σ a_5j k_j + k_5 + k_6 (stiffly accurate), and k_6 is the error estimate.
/// </summary>
internal static class RodasCoefficients
{
    public const double Gamma = 0.25;

    public const double C2 = 0.386;
    public const double C3 = 0.21;
    public const double C4 = 0.63;

    public const double D1 = 0.25;
    public const double D2 = -0.1043;
    public const double D3 = 0.1035;
    public const double D4 = -0.3620000000000023e-01;

    public const double A21 = 0.1544000000000000e+01;
    public const double A31 = 0.9466785280815826e+00;
    public const double A32 = 0.2557011698983284e+00;
    public const double A41 = 0.3314825187068521e+01;
    public const double A42 = 0.2896124015972201e+01;
    public const double A43 = 0.9986419139977817e+00;
    public const double A51 = 0.1221224509226641e+01;
    public const double A52 = 0.6019134481288629e+01;
    public const double A53 = 0.1253708332932087e+02;
    public const double A54 = -0.6878860361058950e+00;

    public const double C21 = -0.5668800000000000e+01;
    public const double C31 = -0.2430093356833875e+01;
    public const double C32 = -0.2063599157091915e+00;
    public const double C41 = -0.1073529058151375e+00;
    public const double C42 = -0.9594562251023355e+01;
    public const double C43 = -0.2047028614809616e+02;
    public const double C51 = 0.7496443313967647e+01;
    public const double C52 = -0.1024680431464352e+02;
    public const double C53 = -0.3399990352819905e+02;
    public const double C54 = 0.1170890893206160e+02;
    public const double C61 = 0.8083246795921522e+01;
    public const double C62 = -0.7981132988064893e+01;
    public const double C63 = -0.3152159432874371e+02;
    public const double C64 = 0.1631930543123136e+02;
    public const double C65 = -0.6058818238834054e+01;

    // Dense output of order 3: y(t + θh) = (1 − θ)·y0 + θ·(y1 + (1 − θ)·(q1 + θ·q2)), q1 = Σ d2j k_j, q2 = Σ d3j k_j.
    public const double D21 = 0.1012623508344586e+02;
    public const double D22 = -0.7487995877610167e+01;
    public const double D23 = -0.3480091861555747e+02;
    public const double D24 = -0.7992771707568823e+01;
    public const double D25 = 0.1025137723295662e+01;
    public const double D31 = -0.6762803392801253e+00;
    public const double D32 = 0.6087714651680015e+01;
    public const double D33 = 0.1643084320892478e+02;
    public const double D34 = 0.2476722511418386e+02;
    public const double D35 = -0.6594389125716872e+01;
}
